import { onBeforeUnmount, onMounted } from 'vue'

/** A keyboard shortcut, described for the help panel. */
export interface Shortcut {
  keys: string[]
  description: string
  /** Only active when this returns true (e.g. only on a module page, or for this key press). */
  when?: (event: KeyboardEvent) => boolean
  run: (event: KeyboardEvent) => void
}

/** Whether the key press belongs to a text field, where single-key shortcuts must not fire. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!target) return false
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'combobox'
  )
}

/** Normalises a key press to the form used in `Shortcut.keys` ("Ctrl+k", "?", "]", "Space"). */
export function keyName(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl')
  if (event.altKey) parts.push('Alt')
  // The space bar's key is " ", which no list of shortcuts can show.
  if (event.key === ' ') parts.push('Space')
  else parts.push(event.key.length === 1 ? event.key.toLowerCase() : event.key)
  return parts.join('+')
}

/**
 * Registers shortcuts on the document for the life of the calling component. Single keys are
 * ignored while typing; combinations with Ctrl always work.
 */
export function useShortcuts(shortcuts: () => Shortcut[]): void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented) return
    const name = keyName(event)
    const typing = isTyping(event)
    for (const shortcut of shortcuts()) {
      const matches = shortcut.keys.some((key) => key.toLowerCase() === name.toLowerCase())
      if (
        !matches ||
        (typing && !name.startsWith('Ctrl+')) ||
        (shortcut.when && !shortcut.when(event))
      )
        continue
      event.preventDefault()
      shortcut.run(event)
      return
    }
  }
  onMounted(() => document.addEventListener('keydown', onKey))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKey))
}
