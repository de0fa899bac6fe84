import type { AppInfo } from './contract'
import type { IpcResult } from './result'
import type { LoadedSettings, Settings } from './settings'
import type { ExportedHandout, HandoutExportRequest } from './handouts'
import type { LearningApi } from '../learning/api'
import type { PresentApi } from './present-api'
import type { RouteReport } from './menu'

/**
 * What the preload exposes as `window.api`: one method per IPC channel, nothing else. In a
 * plain browser it is absent, and the renderer shows main-only features as unavailable.
 */
export interface AtlasApi extends PresentApi, LearningApi {
  appInfo(): Promise<IpcResult<AppInfo>>
  /** Asks the user to confirm, then opens an https link in their browser. */
  openExternal(url: string): Promise<IpcResult<{ opened: boolean }>>
  /** The settings, with a notice (once) when the saved file could not be read in full. */
  getSettings(): Promise<IpcResult<LoadedSettings>>
  saveSettings(settings: Settings): Promise<IpcResult<Settings>>
  /** Builds the PDF, asks where to save it, writes it atomically. */
  exportHandout(request: HandoutExportRequest): Promise<IpcResult<ExportedHandout>>
  openExportedFile(token: string): Promise<IpcResult<null>>
  showExportedFile(token: string): Promise<IpcResult<null>>
  /** Tells main where the window is, so the menus follow the page. */
  reportRoute(report: RouteReport): Promise<IpcResult<null>>
  /**
   * Listens for menu commands from main. The payload is `unknown` on purpose: the renderer
   * parses it with the contract's schema before acting. Returns a function that stops listening.
   */
  onMenuCommand(listener: (payload: unknown) => void): () => void
}
