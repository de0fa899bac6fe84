import './zod-jitless'
import type { Loaded, PresentStore } from '@shared/present/storage'
import type { z } from 'zod'
import { readStored } from '@shared/present/storage'
import { EMPTY_SESSIONS, sessionsFileSchema } from '@shared/present/sessions'
import { EMPTY_TIMINGS, timingsFileSchema } from '@shared/present/timings'

export const SESSIONS_KEY = 'atlas.present.sessions'
export const TIMINGS_KEY = 'atlas.present.timings'

/**
 * The browser build's store: localStorage, each value validated on load. An unreadable value
 * is copied to a backup key before anything can overwrite it, and the user is told where.
 */
export function localPresentStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage,
  now: () => Date = () => new Date(),
): PresentStore {
  function load<T>(key: string, schema: z.ZodType<T>, empty: T, what: string): Promise<Loaded<T>> {
    let raw: string | null
    try {
      raw = storage.getItem(key)
    } catch {
      return Promise.resolve({
        ok: false,
        value: empty,
        problem: `Your saved ${what} are not available in this browser.`,
        backup: null,
      })
    }
    const result = readStored(raw, schema, empty, what)
    if (result.ok) return Promise.resolve(result)
    const backup = `${key}.unreadable-${now().toISOString().replace(/[:.]/g, '-')}`
    try {
      storage.setItem(backup, raw ?? '')
      return Promise.resolve({ ...result, backup })
    } catch {
      return Promise.resolve({ ...result, backup: null })
    }
  }
  async function save<T>(key: string, schema: z.ZodType<T>, value: T): Promise<void> {
    // Never write what could not be read back.
    storage.setItem(key, JSON.stringify(schema.parse(value)))
  }
  return {
    loadSessions: () => load(SESSIONS_KEY, sessionsFileSchema, EMPTY_SESSIONS, 'sessions'),
    saveSessions: (value) => save(SESSIONS_KEY, sessionsFileSchema, value),
    loadTimings: () => load(TIMINGS_KEY, timingsFileSchema, EMPTY_TIMINGS, 'timings'),
    saveTimings: (value) => save(TIMINGS_KEY, timingsFileSchema, value),
  }
}
