import type { DisplayInfo } from '../../shared/ipc/present'

/** A rectangle on the desktop, in Electron's screen coordinates (DIP). */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What the choice needs of Electron's `Display`. */
export interface ScreenDisplay {
  id: number
  label?: string
  bounds: Rect
  workArea: Rect
  internal: boolean
}

/**
 * The displays as the console lists them: the laptop's own screen as "Built-in screen", others
 * by the name the system gives them or their place in the list; two screens of the same name
 * are told apart by that place.
 */
export function describeDisplays(
  displays: readonly ScreenDisplay[],
  primaryId: number | null,
): DisplayInfo[] {
  const names = displays.map((d, i) =>
    d.internal ? 'Built-in screen' : d.label?.trim().slice(0, 80) || `Screen ${i + 1}`,
  )
  return displays.map((d, i) => ({
    id: d.id,
    label: names.filter((n) => n === names[i]).length > 1 ? `${names[i]} (${i + 1})` : names[i]!,
    width: Math.round(d.bounds.width),
    height: Math.round(d.bounds.height),
    primary: d.id === primaryId,
    internal: d.internal,
  }))
}

/**
 * Where the audience view goes: the presenter's choice while that display is still attached;
 * otherwise an external screen the console is not on, then any screen the console is not on.
 * With one screen there is no second place for it: null (the console offers one-screen modes).
 */
export function audienceDisplay(
  displays: readonly ScreenDisplay[],
  consoleId: number | null,
  chosen: number | null,
): number | null {
  if (chosen !== null && displays.some((d) => d.id === chosen)) return chosen
  if (displays.length < 2) return null
  const others = displays.filter((d) => d.id !== consoleId)
  return (others.find((d) => !d.internal) ?? others[0] ?? null)?.id ?? null
}

/**
 * Where the console goes when the audience takes its display: the built-in screen if it is
 * free (the presenter's laptop), else any other screen. Null when there is no other.
 */
export function consoleDisplayBeside(
  displays: readonly ScreenDisplay[],
  audienceId: number,
): number | null {
  const others = displays.filter((d) => d.id !== audienceId)
  return (others.find((d) => d.internal) ?? others[0] ?? null)?.id ?? null
}

/** A window of `size` centred in `area`, shrunk to fit it. */
export function centredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width)
  const height = Math.min(size.height, area.height)
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  }
}

/** The display holding most of `rect` (Electron's own rule for a window's display). */
export function displayOf(displays: readonly ScreenDisplay[], rect: Rect): ScreenDisplay | null {
  let best: ScreenDisplay | null = null
  let bestArea = 0
  for (const d of displays) {
    const w =
      Math.min(rect.x + rect.width, d.bounds.x + d.bounds.width) - Math.max(rect.x, d.bounds.x)
    const h =
      Math.min(rect.y + rect.height, d.bounds.y + d.bounds.height) - Math.max(rect.y, d.bounds.y)
    const area = Math.max(0, w) * Math.max(0, h)
    if (area > bestArea) {
      best = d
      bestArea = area
    }
  }
  return best ?? displays[0] ?? null
}
