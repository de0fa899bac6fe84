import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { SettingsStore } from '../../src/main/services/settings-store'
import { DEFAULT_SETTINGS } from '../../src/shared/ipc/settings'

let dir: string
let path: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-settings-'))
  path = join(dir, 'settings.json')
})

describe('settings store', () => {
  it('starts from defaults when nothing is saved', async () => {
    expect(await new SettingsStore(path).load()).toEqual(DEFAULT_SETTINGS)
  })

  it('remembers clinic details and handout options', async () => {
    const store = new SettingsStore(path)
    const saved = await store.save({
      clinic: {
        name: 'Riverside Sexual Health',
        phone: '020 7946 0000',
        website: 'https://example.org',
      },
      handout: { paper: 'letter', largePrint: true },
    })
    expect(await new SettingsStore(path).load()).toEqual(saved)
  })

  it('strips control characters from clinic details', async () => {
    const saved = await new SettingsStore(path).save({
      clinic: { name: 'Clinic\u0000\u0007 name', phone: '01\u001b234', website: '' },
      handout: { paper: 'a4', largePrint: false },
    })
    expect(saved.clinic.name).toBe('Clinic name')
    expect(saved.clinic.phone).toBe('01234')
  })

  it('stores clinic details without bidi overrides, so a phone number cannot be reordered', async () => {
    const saved = await new SettingsStore(path).save({
      clinic: { name: 'A\u0000\u001b[31mB\u202eC', phone: '020 \u20667946\u2069', website: '' },
      handout: { paper: 'a4', largePrint: false },
    })
    expect(saved.clinic).toMatchObject({ name: 'A[31mBC', phone: '020 7946' })
    expect(await readFile(path, 'utf8')).not.toMatch(/[\u202e\u2066\u2069]|\\u202e/i)
  })

  it.each(['riverside.nhs.uk', 'riverside.nhs.uk/sexual-health', 'https://riverside.nhs.uk/'])(
    'accepts the website %s',
    async (website) => {
      const saved = await new SettingsStore(path).save({
        clinic: { name: '', phone: '', website },
        handout: { paper: 'a4', largePrint: false },
      })
      expect(saved.clinic.website).toBe(website)
    },
  )

  it.each([
    'javascript:alert(1)',
    'http://riverside.nhs.uk',
    'ftp://x.org',
    'two words',
    'user:pw@x.org',
  ])('refuses the website %s with a message, saving nothing', async (website) => {
    const store = new SettingsStore(path)
    await expect(
      store.save({
        clinic: { name: '', phone: '', website },
        handout: { paper: 'a4', largePrint: false },
      }),
    ).rejects.toThrow(/website as an address such as riverside\.nhs\.uk/)
    expect(await readdir(dir)).toEqual([])
  })

  it('keeps an unreadable file aside and falls back to defaults', async () => {
    await writeFile(path, '{ not json')
    expect(await new SettingsStore(path).load()).toEqual(DEFAULT_SETTINGS)
    const files = await readdir(dir)
    const kept = files.find((f) => f.startsWith('settings.json.unreadable-'))
    expect(kept).toBeDefined()
    expect(await readFile(join(dir, kept!), 'utf8')).toBe('{ not json')
  })
})
