import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { usePreferencesStore } from '@renderer/stores/preferences-store'

const KEY = 'atlas.preferences'
const root = document.documentElement

/** A store as the app gets it at start-up: a new Pinia reading whatever storage holds. */
function freshStore(): ReturnType<typeof usePreferencesStore> {
  setActivePinia(createPinia())
  return usePreferencesStore()
}

beforeEach(() => {
  localStorage.clear()
  delete root.dataset.theme
  delete root.dataset.textSize
})
afterEach(() => localStorage.clear())

describe('preferences store', () => {
  it('starts from system theme, normal text and hidden notes', () => {
    const prefs = freshStore()
    expect([prefs.theme, prefs.textSize, prefs.showNotes]).toEqual(['system', 'normal', false])
    expect(root.dataset.theme).toBeUndefined()
    expect(root.dataset.textSize).toBeUndefined()
  })

  it('cycles the theme system → light → dark → system, reflected on <html>', async () => {
    const prefs = freshStore()
    const seen: (string | undefined)[] = []
    for (let i = 0; i < 3; i++) {
      prefs.cycleTheme()
      await nextTick()
      seen.push(`${prefs.theme}:${root.dataset.theme ?? '-'}`)
    }
    expect(seen).toEqual(['light:light', 'dark:dark', 'system:-'])
    expect(root.hasAttribute('data-theme')).toBe(false)
  })

  it('sets data-text-size for large and projector text and removes it for normal', async () => {
    const prefs = freshStore()
    prefs.textSize = 'projector'
    await nextTick()
    expect(root.getAttribute('data-text-size')).toBe('projector')
    prefs.textSize = 'normal'
    await nextTick()
    expect(root.hasAttribute('data-text-size')).toBe(false)
  })

  it('remembers choices for the next start of the app', async () => {
    const prefs = freshStore()
    prefs.cycleTheme()
    prefs.cycleTheme()
    prefs.textSize = 'large'
    prefs.toggleNotes()
    await nextTick()
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({
      theme: 'dark',
      textSize: 'large',
      showNotes: true,
    })

    delete root.dataset.theme
    delete root.dataset.textSize
    const restored = freshStore()
    expect([restored.theme, restored.textSize, restored.showNotes]).toEqual(['dark', 'large', true])
    // Applied at start-up, before anything changes.
    expect(root.dataset.theme).toBe('dark')
    expect(root.dataset.textSize).toBe('large')
  })

  it.each([
    ['not JSON', '{theme: dark'],
    ['JSON null', 'null'],
    ['a JSON string', '"dark"'],
    ['unknown values', '{"theme":"purple","textSize":"huge","showNotes":"yes"}'],
  ])('falls back to the defaults when storage holds %s', (_name, stored) => {
    localStorage.setItem(KEY, stored)
    const prefs = freshStore()
    expect([prefs.theme, prefs.textSize, prefs.showNotes]).toEqual(['system', 'normal', false])
  })

  it('keeps valid stored values next to invalid ones', () => {
    localStorage.setItem(KEY, '{"theme":"light","textSize":"huge"}')
    const prefs = freshStore()
    expect([prefs.theme, prefs.textSize]).toEqual(['light', 'normal'])
  })
})
