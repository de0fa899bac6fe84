import { beforeEach, describe, expect, it, vi } from 'vitest'
import { screen } from 'electron'
import { currentDisplays, displayOf } from '../../../src/main/window-state/displays'
import {
  DEFAULT_SIZE,
  placeWindow,
  type SavedWindow,
} from '../../../src/main/window-state/window-placement'

/** A laptop (primary) with a projector to its right. */
const LAPTOP = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1366, height: 768 },
  workArea: { x: 0, y: 0, width: 1366, height: 728 },
}
const PROJECTOR = {
  id: 2,
  bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1366, y: 0, width: 1920, height: 1080 },
}
/** A monitor to the left of the primary one: negative coordinates. */
const LEFT = {
  id: 3,
  bounds: { x: -1920, y: -200, width: 1920, height: 1080 },
  workArea: { x: -1920, y: -200, width: 1920, height: 1040 },
}

function connect(...displays: (typeof LAPTOP)[]): void {
  vi.mocked(screen.getAllDisplays).mockReturnValue(displays as never)
  vi.mocked(screen.getPrimaryDisplay).mockReturnValue(displays[0] as never)
}

/** Placement as main does it at start-up, from electron's screen (mocked here). */
function place(saved: SavedWindow | null) {
  const { all, primary } = currentDisplays(screen)
  return placeWindow(saved, all, primary)
}

const saved = (bounds: SavedWindow['bounds'], displayId: number, maximized = false) => ({
  bounds,
  displayId,
  maximized,
})

beforeEach(() => vi.mocked(screen.getAllDisplays).mockReset())

describe('window placement (electron screen mocked)', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    connect(PROJECTOR, LAPTOP)
    const { bounds, maximized } = place(null)
    expect(maximized).toBe(false)
    expect(bounds).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      x: 1366 + (1920 - DEFAULT_SIZE.width) / 2,
      y: (1080 - DEFAULT_SIZE.height) / 2,
    })
  })

  it('restores size, position and display when that display is still there', () => {
    connect(LAPTOP, PROJECTOR)
    const bounds = { x: 1500, y: 100, width: 1400, height: 900 }
    expect(place(saved(bounds, 2))).toEqual({ bounds, maximized: false })
  })

  it('restores a window on a display left of the primary (negative coordinates)', () => {
    connect(LAPTOP, LEFT)
    const bounds = { x: -1800, y: -150, width: 1200, height: 800 }
    expect(place(saved(bounds, 3, true))).toEqual({ bounds, maximized: true })
  })

  it('falls back to the primary display when the saved display is gone, keeping the size that fits', () => {
    connect(LAPTOP)
    const placed = place(saved({ x: 1500, y: 100, width: 1400, height: 900 }, 2, true))
    expect(placed.maximized).toBe(true)
    expect(placed.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 })
  })

  it.each([
    ['far to the right', { x: 9000, y: 100, width: 1000, height: 700 }],
    ['above the top', { x: 100, y: -900, width: 1000, height: 700 }],
    ['title bar just off the bottom', { x: 100, y: 720, width: 1000, height: 700 }],
    ['only a sliver showing on the left', { x: -990, y: 100, width: 1000, height: 700 }],
  ])('moves a window that would be off-screen (%s) to the primary display', (_case, bounds) => {
    connect(LAPTOP, PROJECTOR)
    const placed = place(saved(bounds, 1))
    expect(placed.bounds).toEqual({
      x: Math.round((1366 - 1000) / 2),
      y: Math.round((728 - 700) / 2),
      width: 1000,
      height: 700,
    })
  })

  it('keeps a window that is only partly off its display but can still be grabbed', () => {
    connect(LAPTOP)
    const bounds = { x: 900, y: 200, width: 1000, height: 500 }
    expect(place(saved(bounds, 1)).bounds).toEqual(bounds)
  })

  it('shrinks a window larger than its display (a lower resolution now) and keeps it on it', () => {
    connect(LAPTOP, PROJECTOR)
    expect(place(saved({ x: 1366, y: 0, width: 2560, height: 1440 }, 2)).bounds).toEqual({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
    })
  })

  it('never opens smaller than the minimum size', () => {
    connect(LAPTOP)
    const placed = place(saved({ x: 10, y: 10, width: 50, height: 40 }, 1))
    expect(placed.bounds.width).toBe(640)
    expect(placed.bounds.height).toBe(480)
  })

  it('records the display a window is on by what electron matches its bounds to', () => {
    connect(LAPTOP, PROJECTOR)
    vi.mocked(screen.getDisplayMatching).mockReturnValueOnce(PROJECTOR as never)
    expect(displayOf(screen, { x: 1500, y: 0, width: 800, height: 600 })).toBe(2)
  })
})
