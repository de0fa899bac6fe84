import type { PresentApi } from '@shared/ipc/present-api'
import type { IpcResult } from '@shared/ipc/result'
import type { Loaded, PresentStore } from '@shared/present/storage'
import { PresentStoreError } from '@shared/present/storage'
import { EMPTY_SESSIONS } from '@shared/present/sessions'
import { EMPTY_TIMINGS } from '@shared/present/timings'

/**
 * The desktop store: sessions and timings live in files main keeps in the user-data folder,
 * validated and written atomically there. A load that main cannot answer starts empty with
 * main's message; a save that fails throws main's message, which the page shows as it is.
 */
export function ipcPresentStore(
  api: Pick<PresentApi, 'loadSessions' | 'saveSessions' | 'loadTimings' | 'saveTimings'>,
): PresentStore {
  async function load<T>(call: () => Promise<IpcResult<Loaded<T>>>, empty: T): Promise<Loaded<T>> {
    try {
      const result = await call()
      if (result.ok) return result.value
      return { ok: false, value: empty, problem: result.error.message, backup: null }
    } catch {
      return {
        ok: false,
        value: empty,
        problem: 'Your saved presenting data could not be reached. Restart the app and try again.',
        backup: null,
      }
    }
  }
  async function save(call: () => Promise<IpcResult<null>>): Promise<void> {
    const result = await call()
    if (!result.ok) throw new PresentStoreError(result.error.message)
  }
  return {
    loadSessions: () => load(() => api.loadSessions(), EMPTY_SESSIONS),
    saveSessions: (value) => save(() => api.saveSessions(value)),
    loadTimings: () => load(() => api.loadTimings(), EMPTY_TIMINGS),
    saveTimings: (value) => save(() => api.saveTimings(value)),
  }
}
