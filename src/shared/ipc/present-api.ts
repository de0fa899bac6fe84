import type { PresentMessage, StateMessage } from '../present/messages'
import type { SessionsFile } from '../present/sessions'
import type { TimingsFile } from '../present/timings'
import type { Loaded } from '../present/storage'
import type { IpcResult } from './result'
import type {
  ExportedSlides,
  ExportSlidesRequest,
  OpenAudienceRequest,
  ScreenLayout,
} from './present'

/**
 * The presenting part of `window.api`: one method per channel, and two subscriptions to what
 * main pushes. A listener receives the pushed data as it came; the renderer validates it.
 */
export interface PresentApi {
  /** Sends a message to main's presentation state; answers with main's state when it differs. */
  presentSend(message: PresentMessage): Promise<IpcResult<StateMessage | null>>
  /** This view leaves a presentation (its console or audience view closed). */
  presentLeave(presentation: string): Promise<IpcResult<null>>
  /** Calls `listener` with each message main broadcasts; returns an unsubscribe function. */
  onPresentMessage(listener: (data: unknown) => void): () => void

  presentScreens(): Promise<IpcResult<ScreenLayout>>
  chooseDisplay(display: number): Promise<IpcResult<ScreenLayout>>
  openAudience(request: OpenAudienceRequest): Promise<IpcResult<ScreenLayout>>
  swapScreens(): Promise<IpcResult<ScreenLayout>>
  closeAudience(): Promise<IpcResult<ScreenLayout>>
  /** Calls `listener` with each screen layout main pushes; returns an unsubscribe function. */
  onScreensChanged(listener: (data: unknown) => void): () => void

  loadSessions(): Promise<IpcResult<Loaded<SessionsFile>>>
  saveSessions(value: SessionsFile): Promise<IpcResult<null>>
  loadTimings(): Promise<IpcResult<Loaded<TimingsFile>>>
  saveTimings(value: TimingsFile): Promise<IpcResult<null>>

  /** Prints the presentation's print route to PDF, asks where to save it, writes it atomically. */
  exportSlides(request: ExportSlidesRequest): Promise<IpcResult<ExportedSlides>>
  /** From the hidden print window only: its pages are laid out (or why they cannot be). */
  printReady(problem: string | null): Promise<IpcResult<null>>
}
