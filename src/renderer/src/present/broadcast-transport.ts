import './zod-jitless'
import type { PresentMessage } from '@shared/present/messages'
import type { PresentTransport } from '@shared/present/transport'
import { parsePresentMessage } from '@shared/present/messages'

/** One channel for all presentations; each message names its presentation. */
export const CHANNEL_NAME = 'atlas-present'

/**
 * The browser transport: tabs and windows of the same origin reach each other through a
 * BroadcastChannel. Whatever arrives is validated before a listener sees it; anything that is
 * not a well-formed message for this presentation is dropped.
 */
export function broadcastTransport(
  presentation: string,
  onInvalid: (data: unknown) => void = () => {},
): PresentTransport {
  const channel = new BroadcastChannel(CHANNEL_NAME)
  const listeners = new Set<(message: PresentMessage) => void>()
  channel.onmessage = (event: MessageEvent) => {
    const message = parsePresentMessage(event.data)
    if (!message) return onInvalid(event.data)
    if (message.presentation !== presentation) return
    for (const listener of listeners) listener(message)
  }
  return {
    send: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      listeners.clear()
      channel.close()
    },
  }
}
