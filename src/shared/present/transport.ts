import type { PresentMessage } from './messages'

/**
 * How the views of one presentation reach each other. In a browser this is a BroadcastChannel
 * between tabs; in the desktop app (phase 2) it is IPC through main, which keeps the one
 * state, checks each sender and broadcasts to both windows. Views only see this interface.
 */
export interface PresentTransport {
  /** Delivers `message` to every other view of the presentation (never back to the sender). */
  send(message: PresentMessage): void
  /**
   * Calls `listener` with each message from another view, already validated with
   * `presentMessageSchema`; invalid data never reaches it. Returns an unsubscribe function.
   */
  subscribe(listener: (message: PresentMessage) => void): () => void
  close(): void
}
