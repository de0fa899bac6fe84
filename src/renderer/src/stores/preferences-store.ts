import { defineStore } from 'pinia'
import { computed } from 'vue'
import { THEMES, type TextSize, type ThemeChoice } from '@shared/settings/sections/display'
import { useSettingsStore } from '../settings/settings-store'

export type { TextSize, ThemeChoice }

/**
 * Display preferences as views and shortcuts use them (theme, text size, presenter notes): a
 * window onto the settings store, which keeps them, so there is one source of truth.
 */
export const usePreferencesStore = defineStore('preferences', () => {
  const store = useSettingsStore()
  const theme = computed<ThemeChoice>({
    get: () => store.settings.display.theme,
    set: (value) => void store.update('display', { theme: value }),
  })
  const textSize = computed<TextSize>({
    get: () => store.settings.display.textSize,
    set: (value) => void store.update('display', { textSize: value }),
  })
  const showNotes = computed<boolean>({
    get: () => store.settings.presentation.showNotes,
    set: (value) => void store.update('presentation', { showNotes: value }),
  })

  function cycleTheme(): void {
    theme.value = THEMES[(THEMES.indexOf(theme.value) + 1) % THEMES.length]!
  }

  function toggleNotes(): void {
    showNotes.value = !showNotes.value
  }

  return { theme, textSize, showNotes, cycleTheme, toggleNotes }
})
