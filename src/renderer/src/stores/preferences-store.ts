import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

export type ThemeChoice = 'system' | 'light' | 'dark'
export type TextSize = 'normal' | 'large' | 'projector'

const STORAGE_KEY = 'atlas.preferences'

interface StoredPreferences {
  theme: ThemeChoice
  textSize: TextSize
  showNotes: boolean
}

function readStored(): Partial<StoredPreferences> {
  try {
    const value = JSON.parse(
      localStorage.getItem(STORAGE_KEY) ?? '{}',
    ) as Partial<StoredPreferences>
    return typeof value === 'object' && value ? value : {}
  } catch {
    return {}
  }
}

/** Display preferences: theme, text size (for projectors) and presenter notes. */
export const usePreferencesStore = defineStore('preferences', () => {
  const stored = readStored()
  const theme = ref<ThemeChoice>(
    ['system', 'light', 'dark'].includes(stored.theme ?? '') ? stored.theme! : 'system',
  )
  const textSize = ref<TextSize>(
    ['normal', 'large', 'projector'].includes(stored.textSize ?? '') ? stored.textSize! : 'normal',
  )
  const showNotes = ref(stored.showNotes === true)

  function apply(): void {
    const root = document.documentElement
    if (theme.value === 'system') delete root.dataset.theme
    else root.dataset.theme = theme.value
    if (textSize.value === 'normal') delete root.dataset.textSize
    else root.dataset.textSize = textSize.value
  }

  watch(
    [theme, textSize, showNotes],
    () => {
      apply()
      try {
        localStorage.setItem(
          STORAGE_KEY,
          JSON.stringify({
            theme: theme.value,
            textSize: textSize.value,
            showNotes: showNotes.value,
          }),
        )
      } catch {
        // Storage can be unavailable (private mode); preferences then last for the session.
      }
    },
    { immediate: true },
  )

  function cycleTheme(): void {
    const order: ThemeChoice[] = ['system', 'light', 'dark']
    theme.value = order[(order.indexOf(theme.value) + 1) % order.length]!
  }

  function toggleNotes(): void {
    showNotes.value = !showNotes.value
  }

  return { theme, textSize, showNotes, cycleTheme, toggleNotes }
})
