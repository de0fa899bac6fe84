/** Why an IPC call failed, in words a clinician can act on. */
export interface IpcError {
  code:
    | 'invalid-request'
    | 'forbidden'
    | 'not-found'
    | 'cancelled'
    | 'write-failed'
    /** Settings not saved: the disk is full, the folder is not writable, or is read-only. */
    | 'disk-full'
    | 'no-permission'
    | 'read-only'
    | 'font-cannot-draw'
    | 'font-invalid'
    | 'timeout'
    /** One of these is already under way (a save, a link question); the message says which. */
    | 'busy'
    | 'internal'
  /** Plain-language message that says what to do next. */
  message: string
}

/** Every IPC response: main never throws across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function fail<T = never>(code: IpcError['code'], message: string): IpcResult<T> {
  return { ok: false, error: { code, message } }
}
