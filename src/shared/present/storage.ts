import type { z } from 'zod'
import type { SessionsFile } from './sessions'
import type { TimingsFile } from './timings'

/**
 * What a load gives back. A value that is missing starts empty; a value that cannot be read
 * also starts empty, but with a message for the user and where the unreadable value was kept,
 * so nothing is lost silently and nothing crashes.
 */
export type Loaded<T> =
  { ok: true; value: T } | { ok: false; value: T; problem: string; backup: string | null }

/**
 * Where presenting keeps user data. The browser build uses localStorage; the desktop app keeps
 * it in files main writes atomically in the user-data folder (see src/main/present).
 */
export interface PresentStore {
  loadSessions(): Promise<Loaded<SessionsFile>>
  saveSessions(value: SessionsFile): Promise<void>
  loadTimings(): Promise<Loaded<TimingsFile>>
  saveTimings(value: TimingsFile): Promise<void>
}

/** A save that failed for a reason the user can act on; its message is shown as it is. */
export class PresentStoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PresentStoreError'
  }
}

/**
 * Reads a stored JSON value with `schema`. `null` (never stored) gives `empty`; anything that
 * is not valid JSON or fails the schema gives `empty` and the reason in words.
 */
export function readStored<T>(
  raw: string | null,
  schema: z.ZodType<T>,
  empty: T,
  what: string,
): { ok: true; value: T } | { ok: false; value: T; problem: string } {
  if (raw === null) return { ok: true, value: empty }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return {
      ok: false,
      value: empty,
      problem: `Your saved ${what} could not be read (not valid data).`,
    }
  }
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, value: parsed.data }
  const first = parsed.error.issues[0]
  const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
  return {
    ok: false,
    value: empty,
    problem: `Your saved ${what} could not be read (${first?.message ?? 'unexpected data'}${where}).`,
  }
}
