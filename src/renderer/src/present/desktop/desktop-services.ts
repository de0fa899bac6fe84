import '../zod-jitless'
import type { AtlasApi } from '@shared/ipc/api'
import { screenLayoutSchema, type ScreenLayout } from '@shared/ipc/present'
import { systemClock } from '../clock'
import type { PresentServices } from '../present-services'
import { ipcPresentStore } from './ipc-present-store'
import { ipcTransport } from './ipc-transport'

/** What the console and print pages use of main in the desktop app, beyond sync and storage. */
export type DesktopApi = Pick<
  AtlasApi,
  | 'presentScreens'
  | 'chooseDisplay'
  | 'openAudience'
  | 'swapScreens'
  | 'closeAudience'
  | 'onScreensChanged'
  | 'exportSlides'
  | 'openExportedFile'
  | 'showExportedFile'
  | 'printReady'
>

export interface DesktopPresenting {
  api: DesktopApi
  /** Screen layouts main pushes (a projector plugged in or out), validated; returns unsubscribe. */
  onScreens(listener: (layout: ScreenLayout) => void): () => void
}

/**
 * The desktop app's services: presentation sync and storage through main, the audience view
 * in its own window on the chosen display, and main's screens and PDF printing for the console.
 */
export function desktopServices(api: AtlasApi): PresentServices {
  return {
    clock: systemClock,
    transport: (presentation) => ipcTransport(api, presentation),
    store: ipcPresentStore(api),
    async openAudience(source, slide, display = null) {
      const result = await api.openAudience({ source, slide, display })
      return result.ok ? '' : result.error.message
    },
    desktop: {
      api,
      onScreens(listener) {
        return api.onScreensChanged((data) => {
          const parsed = screenLayoutSchema.safeParse(data)
          if (parsed.success) listener(parsed.data)
        })
      },
    },
  }
}
