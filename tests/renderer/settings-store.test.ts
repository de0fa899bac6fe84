import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { AtlasApi } from '@shared/ipc/api'
import { DEFAULT_SETTINGS, type Settings } from '@shared/ipc/settings'
import { fail, ok } from '@shared/ipc/result'
import { useSettingsStore } from '@renderer/settings/settings-store'
import { BROWSER_KEY, browserBackend } from '@renderer/settings/settings-backend'

const NOW = () => new Date('2026-12-05T10:31:07.000Z')
const BACKUP = `${BROWSER_KEY}.corrupt-2026-12-05T10-31-07Z`

function fresh() {
  setActivePinia(createPinia())
  return useSettingsStore()
}

beforeEach(() => localStorage.clear())
afterEach(() => {
  localStorage.clear()
  delete window.api
})

describe('settings in a plain browser (local storage, same rules as main)', () => {
  it('keeps damaged data under a dated key, uses defaults and says so once', async () => {
    localStorage.setItem(BROWSER_KEY, '{"display": ')
    const store = fresh()
    await store.load(browserBackend(localStorage, NOW))
    expect(store.settings).toEqual(DEFAULT_SETTINGS)
    expect(store.notice?.message).toMatch(/could not be read.*kept as atlas\.settings\.corrupt/)
    expect(localStorage.getItem(BACKUP)).toBe('{"display": ')
    store.dismissNotice()
    expect(store.notice).toBeNull()
  })

  it('keeps every valid value beside wrong ones and names what went back to its default', async () => {
    localStorage.setItem(
      BROWSER_KEY,
      JSON.stringify({ display: { theme: 'light', textSize: 9 }, clinic: { name: 'Hilltop' } }),
    )
    const store = fresh()
    await store.load(browserBackend(localStorage, NOW))
    expect(store.settings.display.theme).toBe('light')
    expect(store.settings.clinic.name).toBe('Hilltop')
    expect(store.notice?.message).toContain('Display: text size')
    // Written back, so the next start has nothing to say.
    const again = fresh()
    await again.load(browserBackend(localStorage, NOW))
    expect(again.notice).toBeNull()
    expect(again.settings.display.theme).toBe('light')
  })

  it('when storage is full, keeps the change in use and says it was not saved', async () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    const store = fresh()
    await store.load(browserBackend(storage))
    await store.update('display', { theme: 'dark' })
    expect(store.settings.display.theme).toBe('dark')
    expect(store.saveState).toMatchObject({ state: 'error', code: 'disk-full' })
    expect((store.saveState as { message: string }).message).toMatch(/storage is full/)
  })
})

describe('settings in the desktop app (main owns the file)', () => {
  function bridge(save: (s: Settings) => Promise<unknown> = async (s) => ok(s)) {
    const api = {
      getSettings: vi.fn(async () =>
        ok({
          settings: { ...DEFAULT_SETTINGS, clinic: { ...DEFAULT_SETTINGS.clinic, name: 'Main' } },
          notice: { message: 'Some saved settings could not be read…', backup: 'x' },
        }),
      ),
      saveSettings: vi.fn(save),
    }
    window.api = api as unknown as AtlasApi
    return api
  }

  it('loads from main, with main’s notice to show once', async () => {
    bridge()
    const store = fresh()
    await store.load()
    expect(store.settings.clinic.name).toBe('Main')
    expect(store.notice?.message).toBe('Some saved settings could not be read…')
  })

  it('saves changes in the order made, the last one winning, as plain data', async () => {
    let release!: () => void
    const first = new Promise<void>((resolve) => (release = resolve))
    const api = bridge(async (s) => {
      if (api.saveSettings.mock.calls.length === 1) await first
      return ok(s)
    })
    const store = fresh()
    await store.load()
    const saves = [
      store.update('display', { theme: 'light' }),
      store.update('display', { theme: 'dark' }),
      store.update('display', { textSize: 'large' }),
    ]
    release()
    await Promise.all(saves)
    const sent = api.saveSettings.mock.calls.map(([s]) => s.display)
    // The first save, then one more with everything changed since (not one per change).
    expect(sent).toEqual([
      { theme: 'light', textSize: 'normal', motion: 'system' },
      { theme: 'dark', textSize: 'large', motion: 'system' },
    ])
    expect(store.saveState).toEqual({ state: 'saved' })
    expect(() => structuredClone(api.saveSettings.mock.calls[1]![0])).not.toThrow()
  })

  it('keeps main’s typed error and message when a save fails', async () => {
    const message =
      'Settings could not be saved because the disk is full. Free some space on the disk, then change the setting again.'
    bridge(async () => fail('disk-full', message))
    const store = fresh()
    await store.load()
    await store.update('display', { theme: 'dark' })
    expect(store.saveState).toEqual({ state: 'error', code: 'disk-full', message })
    expect(store.settings.display.theme).toBe('dark')
  })

  it('reset all sends every section’s defaults', async () => {
    const api = bridge()
    const store = fresh()
    await store.load()
    await store.resetAll()
    expect(api.saveSettings).toHaveBeenLastCalledWith(DEFAULT_SETTINGS)
    expect(store.settings.clinic.name).toBe('')
  })
})
