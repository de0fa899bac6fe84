import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { usePreferencesStore } from '@renderer/stores/preferences-store'
import { useSettingsStore } from '@renderer/settings/settings-store'
import type { SettingsBackend } from '@renderer/settings/settings-backend'

const KEY = 'atlas.settings'
const root = document.documentElement

/** The stores as the app gets them at start-up: a new Pinia, settings loaded from storage. */
async function start() {
  setActivePinia(createPinia())
  await useSettingsStore().load()
  return usePreferencesStore()
}

beforeEach(() => {
  localStorage.clear()
  for (const name of ['theme', 'textSize', 'motion']) delete root.dataset[name]
})
afterEach(() => localStorage.clear())

describe('display preferences (a view onto the settings store)', () => {
  it('starts from system theme, normal text and hidden notes, with nothing on <html>', async () => {
    const prefs = await start()
    expect([prefs.theme, prefs.textSize, prefs.showNotes]).toEqual(['system', 'normal', false])
    expect(root.dataset.theme).toBeUndefined()
    expect(root.dataset.textSize).toBeUndefined()
  })

  it('cycles the theme system → light → dark → system, reflected on <html>', async () => {
    const prefs = await start()
    const seen: string[] = []
    for (let i = 0; i < 3; i++) {
      prefs.cycleTheme()
      await nextTick()
      seen.push(`${prefs.theme}:${root.dataset.theme ?? '-'}`)
    }
    expect(seen).toEqual(['light:light', 'dark:dark', 'system:-'])
  })

  it('sets data-text-size and data-motion, and removes them for the defaults', async () => {
    const prefs = await start()
    prefs.textSize = 'projector'
    await useSettingsStore().update('display', { motion: 'reduce' })
    await nextTick()
    expect(root.dataset.textSize).toBe('projector')
    expect(root.dataset.motion).toBe('reduce')
    prefs.textSize = 'normal'
    await useSettingsStore().update('display', { motion: 'system' })
    await nextTick()
    expect(root.hasAttribute('data-text-size')).toBe(false)
    expect(root.hasAttribute('data-motion')).toBe(false)
  })

  it('remembers choices for the next start, in the one settings store', async () => {
    const prefs = await start()
    prefs.cycleTheme()
    prefs.cycleTheme()
    prefs.textSize = 'large'
    prefs.toggleNotes()
    await useSettingsStore().update('clinic', { name: 'Riverside' })
    const stored = JSON.parse(localStorage.getItem(KEY)!)
    expect(stored.display).toMatchObject({ theme: 'dark', textSize: 'large' })
    expect(stored.presentation.showNotes).toBe(true)

    for (const name of ['theme', 'textSize']) delete root.dataset[name]
    const restored = await start()
    expect([restored.theme, restored.textSize, restored.showNotes]).toEqual(['dark', 'large', true])
    expect(useSettingsStore().settings.clinic.name).toBe('Riverside')
    // Applied at start-up, before anything changes.
    expect(root.dataset.theme).toBe('dark')
    expect(root.dataset.textSize).toBe('large')
  })

  it('leaves the text size the page opened with until settings are loaded, then applies them', async () => {
    // The window opened painted at the saved size (shell-route.js); the store's defaults must
    // not undo it for a frame while the saved settings are on their way.
    root.dataset.textSize = 'projector'
    setActivePinia(createPinia())
    const store = useSettingsStore()
    await nextTick()
    expect(root.dataset.textSize).toBe('projector')
    await store.load()
    // Nothing saved: the defaults, now applied.
    expect(root.dataset.textSize).toBeUndefined()
  })

  it('applies the defaults when settings cannot be loaded', async () => {
    root.dataset.textSize = 'large'
    setActivePinia(createPinia())
    const unreadable: SettingsBackend = {
      load: () => Promise.reject(new Error('unreadable')),
      save: () => Promise.reject(new Error('not saved in this test')),
    }
    await useSettingsStore().load(unreadable)
    expect(root.dataset.textSize).toBeUndefined()
    expect(useSettingsStore().notice?.message).toMatch(/default settings/)
  })

  it('moves preferences an earlier version kept (atlas.preferences) into settings, once', async () => {
    localStorage.setItem(
      'atlas.preferences',
      JSON.stringify({ theme: 'dark', textSize: 'huge', showNotes: true }),
    )
    localStorage.setItem(
      'atlas.handout-settings',
      JSON.stringify({ clinic: { name: 'Old Clinic' }, handout: { paper: 'letter' } }),
    )
    const prefs = await start()
    // Valid old values are kept; "huge" never was a size, so the default stays.
    expect([prefs.theme, prefs.textSize, prefs.showNotes]).toEqual(['dark', 'normal', true])
    expect(useSettingsStore().settings.clinic.name).toBe('Old Clinic')
    expect(useSettingsStore().settings.handout.paper).toBe('letter')
    expect(localStorage.getItem('atlas.preferences')).toBeNull()
    expect(localStorage.getItem('atlas.handout-settings')).toBeNull()
    expect(JSON.parse(localStorage.getItem(KEY)!).display.theme).toBe('dark')
  })
})
