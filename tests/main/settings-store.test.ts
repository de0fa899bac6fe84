import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  SettingsStore,
  nodeSettingsFs,
  type SettingsFs,
} from '../../src/main/services/settings-store'
import { SettingsSaveError } from '../../src/main/services/settings-errors'
import { DEFAULT_SETTINGS } from '../../src/shared/ipc/settings'

let dir: string
let path: string
const NOW = new Date('2026-12-05T10:31:07.123Z')
const BACKUP = 'settings.json.corrupt-2026-12-05T10-31-07Z'

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-settings-'))
  path = join(dir, 'settings.json')
})

const store = (fs: SettingsFs = nodeSettingsFs) => new SettingsStore(path, fs, () => NOW)
const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })
const onDisk = async () => JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>

describe('settings store: saving', () => {
  it('starts from defaults, with nothing to report, when nothing is saved', async () => {
    expect(await store().get()).toEqual({ settings: DEFAULT_SETTINGS, notice: null })
    expect(await readdir(dir)).toEqual([])
  })

  it('remembers every section for the next start', async () => {
    const saved = await store().save({
      display: { theme: 'dark', textSize: 'projector', motion: 'reduce' },
      presentation: { showNotes: true, startWith: 'slides' },
      clinic: { name: 'Riverside Sexual Health', phone: '020 7946 0000', website: 'example.org' },
      handout: { paper: 'letter', largePrint: true },
    })
    expect(await store().get()).toEqual({ settings: saved, notice: null })
    expect(saved.display.theme).toBe('dark')
    expect((await onDisk())['version']).toBe(1)
  })

  it('loads a file from the version before display settings existed, without a notice', async () => {
    await writeFile(
      path,
      JSON.stringify({ clinic: { name: 'Old Clinic' }, handout: { paper: 'letter' } }),
    )
    const { settings, notice } = await store().get()
    expect(notice).toBeNull()
    expect(settings.clinic.name).toBe('Old Clinic')
    expect(settings.handout).toEqual({ paper: 'letter', largePrint: false })
    expect(settings.display).toEqual(DEFAULT_SETTINGS.display)
  })

  it('strips control characters and bidi overrides from clinic details', async () => {
    const saved = await store().save({
      clinic: { name: 'A\u0000\u001b[31mB\u202eC', phone: '020 \u20667946\u2069', website: '' },
    })
    expect(saved.clinic).toMatchObject({ name: 'A[31mBC', phone: '020 7946' })
    expect(await readFile(path, 'utf8')).not.toMatch(/[\u202e\u2066\u2069]|\\u202e/i)
  })

  it.each(['javascript:alert(1)', 'http://riverside.nhs.uk', 'two words', 'user:pw@x.org'])(
    'refuses the website %s with a message, writing nothing',
    async (website) => {
      await expect(store().save({ clinic: { website } })).rejects.toThrow(
        /website as an address such as riverside\.nhs\.uk/,
      )
      expect(await readdir(dir)).toEqual([])
    },
  )

  it('writes saves in the order they were asked, the last one winning', async () => {
    const s = store()
    await Promise.all(
      (['light', 'dark', 'system', 'dark'] as const).map((theme) => s.save({ display: { theme } })),
    )
    expect((await onDisk())['display']).toMatchObject({ theme: 'dark' })
  })
})

describe('settings store: a damaged file', () => {
  it('keeps a file that is not JSON as .corrupt-<date>, uses defaults and says so once', async () => {
    await writeFile(path, '{ "display": { "theme": "dark" ')
    const s = store()
    const first = await s.get()
    expect(first.settings).toEqual(DEFAULT_SETTINGS)
    expect(first.notice?.backup).toBe(BACKUP)
    expect(first.notice?.message).toMatch(/could not be read.*default settings.*kept as/)
    expect(await readFile(join(dir, BACKUP), 'utf8')).toBe('{ "display": { "theme": "dark" ')
    expect((await s.get()).notice).toBeNull()
    // Saving now writes a fresh file beside the backup.
    await s.save({ display: { theme: 'light' } })
    expect((await readdir(dir)).sort()).toEqual(['settings.json', BACKUP])
  })

  it.each([
    ['null', 'null'],
    ['an array', '[1, 2]'],
    ['a string', '"dark"'],
  ])('treats %s as no settings: defaults, backup, notice', async (_name, text) => {
    await writeFile(path, text)
    const { settings, notice } = await store().get()
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(notice?.message).toMatch(/could not be read/)
    expect(await readFile(join(dir, BACKUP), 'utf8')).toBe(text)
  })

  it('keeps every valid value beside wrong types, names what it reset, and keeps the original', async () => {
    const original = JSON.stringify({
      display: { theme: 'purple', textSize: 'large', motion: 'reduce' },
      clinic: { name: 'Riverside', phone: 42, website: 'javascript:alert(1)' },
      handout: 'letter',
      presentation: { showNotes: true },
    })
    await writeFile(path, original)
    const { settings, notice } = await store().get()
    expect(settings.display).toEqual({ theme: 'system', textSize: 'large', motion: 'reduce' })
    expect(settings.clinic).toMatchObject({ name: 'Riverside', phone: '', website: '' })
    expect(settings.handout).toEqual(DEFAULT_SETTINGS.handout)
    expect(settings.presentation.showNotes).toBe(true)
    expect(notice?.message).toContain('Display: theme')
    expect(notice?.message).toContain('Clinic details: phone')
    expect(notice?.message).toContain('Clinic details: website')
    expect(notice?.message).toContain('Handout defaults (all of it)')
    expect(notice?.message).not.toContain('text size')
    expect(await readFile(join(dir, BACKUP), 'utf8')).toBe(original)
    // What was kept is written back, so the next start has nothing to report.
    expect(await new SettingsStore(path).get()).toEqual({ settings, notice: null })
  })

  it('keeps unknown sections (a newer version’s) through a save, and drops unknown fields by name', async () => {
    await writeFile(
      path,
      JSON.stringify({
        version: 2,
        display: { theme: 'dark', sparkle: true },
        glossary: { pinned: ['CES', 'PID'] },
        stray: 7,
      }),
    )
    const s = store()
    const { settings, notice } = await s.get()
    expect(settings.display.theme).toBe('dark')
    expect(notice?.message).toContain('Display: sparkle')
    expect(notice?.message).toContain('"stray"')
    expect(notice?.message).not.toContain('glossary')
    await s.save({ ...settings, clinic: { name: 'Riverside' } })
    const disk = await onDisk()
    expect(disk['glossary']).toEqual({ pinned: ['CES', 'PID'] })
    expect(disk['stray']).toBeUndefined()
    expect(disk['clinic']).toMatchObject({ name: 'Riverside' })
  })

  it('moves aside a settings "file" that cannot be opened (a folder in its place)', async () => {
    await mkdir(path)
    const s = store()
    const { settings, notice } = await s.get()
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(notice?.message).toMatch(/could not be opened \(EISDIR\).*kept as/)
    expect(await readdir(dir)).toEqual([BACKUP])
    await s.save({ display: { theme: 'dark' } })
    expect((await onDisk())['display']).toMatchObject({ theme: 'dark' })
  })

  it('never writes over a file it could neither read nor move aside', async () => {
    await writeFile(path, 'precious')
    const fs: SettingsFs = {
      ...nodeSettingsFs,
      readFile: async () => Promise.reject(errno('EACCES')),
      rename: async () => Promise.reject(errno('EACCES')),
    }
    const s = store(fs)
    const { notice } = await s.get()
    expect(notice?.message).toMatch(/not allowed to open it.*ask your IT team/)
    const failure = await s.save({ display: { theme: 'dark' } }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(SettingsSaveError)
    expect((failure as SettingsSaveError).reason).toBe('blocked')
    expect((failure as SettingsSaveError).message).toContain(path)
    expect(await readFile(path, 'utf8')).toBe('precious')
  })
})

describe('settings store: a folder that cannot be written', () => {
  it.each([
    ['ENOSPC', 'disk-full', /disk is full.*Free some space/],
    ['EDQUOT', 'disk-full', /disk is full/],
    ['EACCES', 'no-permission', /not allowed to write.*IT team/],
    ['EPERM', 'no-permission', /not allowed to write/],
    ['EROFS', 'read-only', /read-only drive.*IT team/],
    ['EIO', 'failed', /\(EIO\).*Try again/],
  ])('turns %s into a typed %s error that says what to do', async (code, reason, message) => {
    await writeFile(path, JSON.stringify({ display: { theme: 'dark' } }))
    const s = store({ ...nodeSettingsFs, write: async () => Promise.reject(errno(code)) })
    await s.load()
    const failure = await s.save({ display: { theme: 'light' } }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(SettingsSaveError)
    expect((failure as SettingsSaveError).reason).toBe(reason)
    expect((failure as SettingsSaveError).message).toMatch(message)
    // Nothing valid was lost: the file and what is in use are unchanged.
    expect((await onDisk())['display']).toEqual({ theme: 'dark' })
    expect(s.current().display.theme).toBe('dark')
  })

  it('reports a real write failure (the folder is a file) as a typed error, not a crash', async () => {
    await writeFile(join(dir, 'not-a-folder'), '')
    const s = new SettingsStore(join(dir, 'not-a-folder', 'settings.json'))
    expect((await s.get()).settings).toEqual(DEFAULT_SETTINGS)
    const failure = await s.save({}).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(SettingsSaveError)
    expect((failure as SettingsSaveError).message).toMatch(/could not be saved/)
  })

  it('in a read-only folder, still loads, reports the damage and keeps the original untouched', async () => {
    await writeFile(path, '{ broken')
    const readOnly: SettingsFs = {
      ...nodeSettingsFs,
      write: async () => Promise.reject(errno('EROFS')),
      rename: async () => Promise.reject(errno('EROFS')),
      copyFile: async () => Promise.reject(errno('EROFS')),
    }
    const s = store(readOnly)
    const { settings, notice } = await s.get()
    expect(settings).toEqual(DEFAULT_SETTINGS)
    expect(notice?.backup).toBeNull()
    expect(notice?.message).toMatch(/could not be copied aside.*will not save over it/)
    await expect(s.save({})).rejects.toBeInstanceOf(SettingsSaveError)
    expect(await readFile(path, 'utf8')).toBe('{ broken')
  })
})
