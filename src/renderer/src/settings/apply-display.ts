import type { DisplaySettings } from '@shared/settings/sections/display'

/**
 * Puts the display settings on <html>, where the style sheets read them: `data-theme` (absent
 * for the system theme), `data-text-size` (absent for normal) and `data-motion` (absent when
 * following the system's reduced-motion setting).
 */
export function applyDisplay(
  display: DisplaySettings,
  // None when the build prerenders the library (shell/render-shell.ts): it has no document.
  root: HTMLElement | undefined = globalThis.document?.documentElement,
): void {
  if (!root) return
  const set = (name: 'theme' | 'textSize' | 'motion', value: string | undefined): void => {
    if (value === undefined) delete root.dataset[name]
    else root.dataset[name] = value
  }
  set('theme', display.theme === 'system' ? undefined : display.theme)
  set('textSize', display.textSize === 'normal' ? undefined : display.textSize)
  set('motion', display.motion === 'system' ? undefined : display.motion)
}
