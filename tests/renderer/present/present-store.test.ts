// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { localPresentStore, SESSIONS_KEY, TIMINGS_KEY } from '@renderer/present/local-present-store'
import type { SavedSession } from '@shared/present/sessions'

/** A Map standing in for localStorage, with a switch to make it refuse writes. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  let full = false
  return {
    map,
    fill: () => (full = true),
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (full) throw new Error('QuotaExceededError')
      map.set(key, value)
    },
  }
}

const session: SavedSession = {
  id: 's-abc123',
  name: 'Pelvic pain after sex',
  audience: 'GP trainees',
  targetMinutes: 45,
  items: [{ deck: 'cramps-after-orgasm', slide: 'why-ask-about-it' }],
  updatedAt: '2026-12-07T09:00:00.000Z',
}
const now = () => new Date('2026-12-07T09:30:00.000Z')

describe('presenting store (localStorage)', () => {
  it('starts empty, then saves and reads back sessions and timings', async () => {
    const storage = memoryStorage()
    const store = localPresentStore(storage, now)
    expect(await store.loadSessions()).toEqual({ ok: true, value: { version: 1, sessions: [] } })
    await store.saveSessions({ version: 1, sessions: [session] })
    expect((await store.loadSessions()).value.sessions).toEqual([session])
    await store.saveTimings({
      version: 1,
      budgets: { 'cramps-after-orgasm/why-ask-about-it': 150 },
      rehearsals: {},
    })
    expect((await store.loadTimings()).value.budgets).toEqual({
      'cramps-after-orgasm/why-ask-about-it': 150,
    })
  })

  it('keeps an unreadable value under a backup key and says why, never throwing', async () => {
    for (const raw of ['{"version":1,"sessions":[{"id":', '{"version":2,"sessions":[]}', '[]']) {
      const storage = memoryStorage({ [SESSIONS_KEY]: raw })
      const loaded = await localPresentStore(storage, now).loadSessions()
      expect(loaded.ok).toBe(false)
      if (loaded.ok) continue
      expect(loaded.value).toEqual({ version: 1, sessions: [] })
      expect(loaded.problem).toMatch(/^Your saved sessions could not be read/)
      expect(loaded.backup).toBe(`${SESSIONS_KEY}.unreadable-2026-12-07T09-30-00-000Z`)
      expect(storage.map.get(loaded.backup!)).toBe(raw)
    }
  })

  it('names the field that failed, so the message says what was wrong', async () => {
    const raw = JSON.stringify({ version: 1, budgets: { 'not a key': 3 }, rehearsals: {} })
    const loaded = await localPresentStore(memoryStorage({ [TIMINGS_KEY]: raw }), now).loadTimings()
    expect(!loaded.ok && loaded.problem).toMatch(/timings could not be read .* at budgets/)
  })

  it('refuses to write a value it could not read back', async () => {
    const storage = memoryStorage()
    const store = localPresentStore(storage, now)
    await expect(
      store.saveSessions({ version: 1, sessions: [{ ...session, name: '' }] }),
    ).rejects.toThrow()
    expect(storage.map.has(SESSIONS_KEY)).toBe(false)
  })

  it('reports a backup it could not write as none, rather than pretending', async () => {
    const storage = memoryStorage({ [SESSIONS_KEY]: 'not json' })
    storage.fill()
    const loaded = await localPresentStore(storage, now).loadSessions()
    expect(loaded).toMatchObject({ ok: false, backup: null })
  })
})
