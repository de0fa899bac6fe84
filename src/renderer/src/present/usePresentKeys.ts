import { useShortcuts, type Shortcut } from '../composables/useShortcuts'
import { PRESENT_KEYS } from './present-keys'
import type { Command } from './view-commands'

/** Space and Enter on a focused button or link press it, rather than move the slides. */
function onControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  return Boolean(target?.closest?.('button, a[href], summary, [role="button"]'))
}

/**
 * Registers every presentation key (the console's too, when `console` is set). `jumping` says
 * whether a slide number is being typed: then Enter goes there even from a focused button.
 */
export function usePresentKeys(
  run: (command: Command) => void,
  console = false,
  jumping: () => boolean = () => false,
): void {
  const shortcuts: Shortcut[] = PRESENT_KEYS.filter((k) => console || !k.consoleOnly).map(
    (key) => ({
      keys: key.keys,
      description: key.description,
      when: (event) =>
        (event.key === 'Enter' && jumping()) ||
        !((event.key === ' ' || event.key === 'Enter') && onControl(event)),
      run: (event) => run(key.command(event)),
    }),
  )
  useShortcuts(() => shortcuts)
}
