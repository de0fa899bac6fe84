import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { Channel, ResponseOf } from '../../shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../shared/ipc/result'
import type { z } from 'zod'

/** Decides whether a frame is the app's own UI (checked on every message). */
export type TrustedFrame = (event: IpcMainInvokeEvent) => boolean

export type Handler<C extends Channel> = (
  request: z.output<C['request']>,
  event: IpcMainInvokeEvent,
) => Promise<IpcResult<ResponseOf<C>>> | IpcResult<ResponseOf<C>>

/**
 * Registers a handler that first rejects any sender that is not the app's own main frame,
 * then parses the payload with the channel's schema. Handlers never throw across the bridge:
 * an unexpected error becomes a typed `internal` error.
 */
export function handle<C extends Channel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: C,
  isTrusted: TrustedFrame,
  handler: Handler<C>,
): void {
  ipcMain.handle(channel.name, async (event, payload: unknown) => {
    if (!isTrusted(event)) {
      return fail('forbidden', 'This request did not come from the Postcoital Atlas window.')
    }
    const parsed = channel.request.safeParse(payload)
    if (!parsed.success) {
      const detail = parsed.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`)
        .join('; ')
      return fail('invalid-request', `The request was not valid (${detail}). Nothing was changed.`)
    }
    try {
      return await handler(parsed.data as z.output<C['request']>, event)
    } catch (error) {
      console.error(`[ipc] ${channel.name} failed`, error)
      return fail(
        'internal',
        'Something went wrong inside the app. Try again; if it keeps happening, restart the app.',
      )
    }
  })
}

/** Result helpers re-exported for handlers. */
export { ok, fail }
