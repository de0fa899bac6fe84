import '../zod-jitless'
import type { PresentMessage } from '@shared/present/messages'
import type { PresentTransport } from '@shared/present/transport'
import type { PresentApi } from '@shared/ipc/present-api'
import { parsePresentMessage } from '@shared/present/messages'

/**
 * The desktop transport: views reach each other through main, which holds the one state and
 * checks every sender. A message goes to main; main's answer (its state, when ours was older
 * or we asked) comes back as if another view had sent it. What main pushes is validated here
 * too before a listener sees it, exactly as the BroadcastChannel transport does.
 */
export function ipcTransport(
  api: Pick<PresentApi, 'presentSend' | 'presentLeave' | 'onPresentMessage'>,
  presentation: string,
  onInvalid: (data: unknown) => void = () => {},
): PresentTransport {
  const listeners = new Set<(message: PresentMessage) => void>()
  let open = true
  const deliver = (data: unknown): void => {
    if (!open) return
    const message = parsePresentMessage(data)
    if (!message) return onInvalid(data)
    if (message.presentation !== presentation) return
    for (const listener of listeners) listener(message)
  }
  const unsubscribe = api.onPresentMessage(deliver)
  return {
    send(message) {
      void api.presentSend(message).then(
        (result) => {
          if (result.ok && result.value) deliver(result.value)
        },
        // The bridge itself failed (the window is closing): nothing to do.
        () => undefined,
      )
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      open = false
      listeners.clear()
      unsubscribe()
      void api.presentLeave(presentation).catch(() => undefined)
    },
  }
}
