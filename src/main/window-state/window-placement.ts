/** A rectangle in screen coordinates (DIPs), as Electron gives bounds and work areas. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** A display as placement needs it: its id and the area windows may use (no taskbar, no dock). */
export interface DisplayArea {
  id: number
  workArea: Rect
}

/** How the window was left: its normal (unmaximised) bounds, and on which display. */
export interface SavedWindow {
  bounds: Rect
  maximized: boolean
  displayId: number | null
}

export interface Placement {
  bounds: Rect
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const
export const MIN_SIZE = { width: 640, height: 480 } as const

/** How much of the title bar must be on a display for the window to count as on screen. */
const GRAB = { width: 120, height: 24 } as const

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/** Whether enough of the window's top edge is on the display to grab it and move it. */
function reachable(bounds: Rect, area: Rect): boolean {
  const titleBar = { ...bounds, height: Math.min(bounds.height, 32) }
  const seen = overlap(titleBar, area)
  return seen.width >= Math.min(GRAB.width, bounds.width) && seen.height >= GRAB.height / 2
}

function fitSize(size: { width: number; height: number }, area: Rect) {
  return {
    width: Math.round(Math.min(Math.max(size.width, MIN_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(size.height, MIN_SIZE.height), area.height)),
  }
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fitSize(size, area)
  return {
    ...fitted,
    x: Math.round(area.x + (area.width - fitted.width) / 2),
    y: Math.round(area.y + (area.height - fitted.height) / 2),
  }
}

/**
 * Where to open the window. The saved bounds are used when their display is still connected
 * and the window's title bar would be on it; otherwise (display unplugged, resolution lowered,
 * a corrupt file) the window opens centred on the primary display at its saved size, shrunk to
 * fit. Maximised state is kept either way.
 */
export function placeWindow(
  saved: SavedWindow | null,
  displays: DisplayArea[],
  primary: DisplayArea,
): Placement {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary.workArea), maximized: false }
  const display = displays.find((d) => d.id === saved.displayId)
  if (display && reachable(saved.bounds, display.workArea)) {
    const area = display.workArea
    const size = fitSize(saved.bounds, area)
    const shrunk = size.width !== saved.bounds.width || size.height !== saved.bounds.height
    if (!shrunk) return { bounds: { ...saved.bounds }, maximized: saved.maximized }
    // Shrunk to fit (a lower resolution now), it is moved wholly onto the display.
    const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - size.width)
    const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - size.height)
    return { bounds: { x, y, ...size }, maximized: saved.maximized }
  }
  return { bounds: centred(saved.bounds, primary.workArea), maximized: saved.maximized }
}
