// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ipcPresentStore } from '@renderer/present/desktop/ipc-present-store'
import { useSessions } from '@renderer/present/useSessions'
import type { PresentApi } from '@shared/ipc/present-api'
import { fail, ok } from '@shared/ipc/result'
import { PresentStoreError } from '@shared/present/storage'

describe('IPC store (desktop)', () => {
  const api = (overrides: Partial<PresentApi> = {}) =>
    ({
      loadSessions: async () =>
        ok({ ok: true as const, value: { version: 1 as const, sessions: [] } }),
      saveSessions: async () => ok(null),
      loadTimings: async () =>
        ok({ ok: true as const, value: { version: 1 as const, budgets: {}, rehearsals: {} } }),
      saveTimings: async () => ok(null),
      ...overrides,
    }) as Pick<PresentApi, 'loadSessions' | 'saveSessions' | 'loadTimings' | 'saveTimings'>

  it("passes on main's account of a file it kept aside", async () => {
    const kept = {
      ok: false as const,
      value: { version: 1 as const, sessions: [] },
      problem: 'Your saved sessions could not be read (not valid data).',
      backup: '/home/x/.config/Postcoital Atlas/presenting/sessions.unreadable-2026.json',
    }
    const store = ipcPresentStore(api({ loadSessions: async () => ok(kept) }))
    expect(await store.loadSessions()).toEqual(kept)
  })

  it('starts empty with a message when main refuses or cannot be reached', async () => {
    const refused = ipcPresentStore(
      api({ loadTimings: async () => fail('forbidden', 'Only the console can do this.') }),
    )
    expect(await refused.loadTimings()).toEqual({
      ok: false,
      value: { version: 1, budgets: {}, rehearsals: {} },
      problem: 'Only the console can do this.',
      backup: null,
    })
    const gone = ipcPresentStore(api({ loadSessions: () => Promise.reject(new Error('closed')) }))
    expect(await gone.loadSessions()).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/Restart the app/),
    })
  })

  it("throws main's message when a save fails, and the sessions page shows it as it is", async () => {
    const message =
      'Your sessions were not saved. The disk is full: free some space, then save again. What was saved before is unchanged.'
    const store = ipcPresentStore(api({ saveSessions: async () => fail('write-failed', message) }))
    await expect(store.saveSessions({ version: 1, sessions: [] })).rejects.toThrow(
      PresentStoreError,
    )
    const sessions = useSessions(store)
    await sessions.ready
    const saved = await sessions.save({
      id: 's-abc123',
      name: 'Pelvic pain after sex',
      audience: '',
      targetMinutes: null,
      items: [],
      updatedAt: '2026-12-07T09:00:00.000Z',
    })
    expect(saved).toBe(false)
    expect(sessions.problem.value).toBe(message)
    expect(sessions.sessions.value).toEqual([])
  })
})
