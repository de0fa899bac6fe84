import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { PresentFileStore, PresentSaveError } from '../../../src/main/present/present-file-store'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import type { SavedSession, SessionsFile } from '../../../src/shared/present/sessions'

const session: SavedSession = {
  id: 's-abc123',
  name: 'Pelvic pain after sex',
  audience: 'GP trainees',
  targetMinutes: 45,
  items: [{ deck: 'cramps-after-orgasm', slide: 'why-ask-about-it' }],
  updatedAt: '2026-12-07T09:00:00.000Z',
}
const SESSIONS: SessionsFile = { version: 1, sessions: [session] }
const now = () => new Date('2026-12-07T09:30:00.000Z')
const errno = (code: string) => Object.assign(new Error(code), { code })

const root = await mkdtemp(join(tmpdir(), 'atlas-present-store-'))
afterAll(() => rm(root, { recursive: true, force: true }))
let folder: string
let n = 0
beforeEach(async () => {
  folder = join(root, `case-${++n}`, 'presenting')
})

describe('sessions and timings in the user-data folder', () => {
  it('starts empty, creates its folder on the first save, and reads back what it wrote', async () => {
    const store = new PresentFileStore(folder, writeFileAtomic, now)
    expect(await store.sessions.load()).toEqual({ ok: true, value: { version: 1, sessions: [] } })
    await store.sessions.save(SESSIONS)
    await store.timings.save({
      version: 1,
      budgets: { 'cramps-after-orgasm/why-ask-about-it': 150 },
      rehearsals: {},
    })
    expect(await readdir(folder)).toEqual(['sessions.json', 'timings.json'])
    // A new store, as after a restart.
    const again = new PresentFileStore(folder, writeFileAtomic, now)
    expect(await again.sessions.load()).toEqual({ ok: true, value: SESSIONS })
    expect((await again.timings.load()).value.budgets).toEqual({
      'cramps-after-orgasm/why-ask-about-it': 150,
    })
  })

  it.each([
    ['cut short', '{"version":1,"sessions":[{"id":'],
    ['from a future version', '{"version":2,"sessions":[]}'],
    ['not an object', '[]'],
    [
      'with a bad session name',
      JSON.stringify({ ...SESSIONS, sessions: [{ ...session, name: '' }] }),
    ],
  ])(
    'keeps a file that cannot be read (%s) aside, byte for byte, and says where',
    async (_name, raw) => {
      await mkdir(folder, { recursive: true })
      await writeFile(join(folder, 'sessions.json'), raw)
      const store = new PresentFileStore(folder, writeFileAtomic, now)
      const loaded = await store.sessions.load()
      const backup = join(folder, 'sessions.unreadable-2026-12-07T09-30-00-000Z.json')
      expect(loaded).toEqual({
        ok: false,
        value: { version: 1, sessions: [] },
        problem: expect.stringMatching(/^Your saved sessions could not be read/),
        backup,
      })
      expect(await readFile(backup, 'utf8')).toBe(raw)
      // Saving afresh never touches the backup.
      await store.sessions.save(SESSIONS)
      expect(await readFile(backup, 'utf8')).toBe(raw)
      expect((await store.sessions.load()).value).toEqual(SESSIONS)
    },
  )

  it('refuses to save over a file it could not open, and says what to check', async () => {
    await mkdir(join(folder, 'sessions.json'), { recursive: true })
    const store = new PresentFileStore(folder, writeFileAtomic, now)
    const loaded = await store.sessions.load()
    expect(loaded).toMatchObject({
      ok: false,
      backup: null,
      problem: expect.stringMatching(/could not be opened \(EISDIR\)\. Nothing will be saved over/),
    })
    await expect(store.sessions.save(SESSIONS)).rejects.toThrow(PresentSaveError)
    await expect(store.sessions.save(SESSIONS)).rejects.toThrow(/were not saved/)
  })

  it('never writes what it could not read back', async () => {
    const write = vi.fn(writeFileAtomic)
    const store = new PresentFileStore(folder, write, now)
    const bad = { version: 1, sessions: [{ ...session, id: '../../etc' }] } as SessionsFile
    await expect(store.sessions.save(bad)).rejects.toThrow()
    expect(write).not.toHaveBeenCalled()
  })

  it.each([
    ['ENOSPC', /The disk is full/],
    ['EACCES', /may not write to its data folder/],
    ['EROFS', /may not write to its data folder/],
    ['EIO', /could not be written \(EIO\)/],
  ])('turns a failed write (%s) into a message that says what to do', async (code, message) => {
    const store = new PresentFileStore(folder, async () => Promise.reject(errno(code)), now)
    const saving = store.timings.save({ version: 1, budgets: {}, rehearsals: {} })
    await expect(saving).rejects.toThrow(PresentSaveError)
    await expect(saving).rejects.toThrow(message)
    await expect(saving).rejects.toThrow(/what was saved before is unchanged/i)
  })

  it('writes through the atomic writer by default: a failed save leaves no temp file behind', async () => {
    const store = new PresentFileStore(folder)
    await store.sessions.save(SESSIONS)
    expect(await readdir(folder)).toEqual(['sessions.json'])
    // Something replaces the file with a folder: the rename over it fails, and is cleaned up.
    await rm(join(folder, 'sessions.json'))
    await mkdir(join(folder, 'sessions.json', 'inside'), { recursive: true })
    await expect(store.sessions.save(SESSIONS)).rejects.toThrow(/were not saved/)
    expect(await readdir(folder)).toEqual(['sessions.json'])
    expect(await readdir(join(folder, 'sessions.json'))).toEqual(['inside'])
  })

  it('saves one after another, in the order asked', async () => {
    const order: string[] = []
    const store = new PresentFileStore(
      folder,
      async (path, data) => {
        const names = (JSON.parse(data) as SessionsFile).sessions.map((s) => s.name).join()
        order.push(`start ${names}`)
        await new Promise((resolve) => setTimeout(resolve, names === 'A' ? 20 : 0))
        await writeFileAtomic(path, data)
        order.push(`end ${names}`)
      },
      now,
    )
    await Promise.all([
      store.sessions.save({ version: 1, sessions: [{ ...session, name: 'A' }] }),
      store.sessions.save({ version: 1, sessions: [{ ...session, name: 'B' }] }),
    ])
    expect(order).toEqual(['start A', 'end A', 'start B', 'end B'])
    expect((await store.sessions.load()).value.sessions[0]!.name).toBe('B')
  })
})
