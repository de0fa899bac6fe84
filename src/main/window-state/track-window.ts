import type { BrowserWindow } from 'electron'
import type { SavedWindow } from './window-placement'

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>

/**
 * Reports the window's normal bounds, maximised state and display whenever they change, and
 * once more as it closes. Normal bounds (not the maximised ones) are what to restore to.
 */
export function trackWindow(
  window: TrackedWindow,
  displayOf: (bounds: SavedWindow['bounds']) => number | null,
  report: (saved: SavedWindow, closing: boolean) => void,
): void {
  const snapshot = (): SavedWindow => {
    const bounds = window.getNormalBounds()
    return { bounds, maximized: window.isMaximized(), displayId: displayOf(bounds) }
  }
  const changed = (): void => {
    if (!window.isDestroyed()) report(snapshot(), false)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resize', changed)
  window.on('close', () => report(snapshot(), true))
}
