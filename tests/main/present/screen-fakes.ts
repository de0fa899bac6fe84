import type { ScreenSource, ScreenWindow } from '../../../src/main/present/audience-screens'
import type { Rect, ScreenDisplay } from '../../../src/main/present/display-choice'

/** A laptop's built-in screen at the origin, with a taskbar. */
export const LAPTOP: ScreenDisplay = {
  id: 1,
  label: '',
  internal: true,
  bounds: { x: 0, y: 0, width: 1366, height: 768 },
  workArea: { x: 0, y: 0, width: 1366, height: 728 },
}

/** A projector to the right of the laptop. */
export const PROJECTOR: ScreenDisplay = {
  id: 2,
  label: 'EPSON PJ',
  internal: false,
  bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1366, y: 0, width: 1920, height: 1080 },
}

/** A second monitor above the laptop. */
export const MONITOR: ScreenDisplay = {
  id: 3,
  label: 'DELL U2415',
  internal: false,
  bounds: { x: 0, y: -1200, width: 1920, height: 1200 },
  workArea: { x: 0, y: -1200, width: 1920, height: 1160 },
}

/** Electron's `screen`, with displays a test can plug in and out. */
export function fakeScreen(displays: ScreenDisplay[]) {
  const listeners = new Map<string, (() => void)[]>()
  const screen = {
    displays,
    getAllDisplays: () => screen.displays,
    getPrimaryDisplay: () => screen.displays[0]!,
    on(event: string, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    },
    /** Replaces the displays and tells the listeners, as unplugging a cable would. */
    plug(next: ScreenDisplay[], event: 'display-added' | 'display-removed') {
      screen.displays = next
      for (const listener of listeners.get(event) ?? []) listener()
    },
  }
  return screen satisfies ScreenSource
}

let ids = 100

/**
 * A BrowserWindow as far as the screens use it: bounds, full screen (left only after a
 * 'leave-full-screen' event, as on macOS), maximised, shown, closed, and what it loaded.
 */
export class FakeWindow implements ScreenWindow {
  readonly webContents = { id: ++ids }
  bounds: Rect
  fullScreen = false
  maximized = false
  shown = false
  focused = 0
  destroyed = false
  loaded: string[] = []
  /** Every call, in order, to check that a window leaves full screen before it moves. */
  log: string[] = []
  private listeners = new Map<string, (() => void)[]>()

  constructor(bounds: Rect) {
    this.bounds = { ...bounds }
  }

  getBounds = () => ({ ...this.bounds })
  setBounds = (bounds: Rect) => {
    this.log.push(`bounds ${bounds.x},${bounds.y}`)
    this.bounds = { ...bounds }
  }
  isFullScreen = () => this.fullScreen
  setFullScreen = (flag: boolean) => {
    this.log.push(`fullscreen ${flag}`)
    if (flag) this.fullScreen = true
    // Leaving is animated: it ends a moment later, with an event.
    else
      queueMicrotask(() => {
        this.fullScreen = false
        this.emit('leave-full-screen')
      })
  }
  isMaximized = () => this.maximized
  maximize = () => {
    this.log.push('maximize')
    this.maximized = true
  }
  unmaximize = () => {
    this.maximized = false
  }
  isDestroyed = () => this.destroyed
  showInactive = () => {
    this.shown = true
  }
  focus = () => {
    this.focused++
  }
  close = () => {
    this.destroyed = true
    this.emit('closed')
  }
  loadURL = async (url: string) => {
    this.loaded.push(url)
  }
  once(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
  }
  emit(event: string) {
    const listeners = this.listeners.get(event) ?? []
    this.listeners.delete(event)
    for (const listener of listeners) listener()
  }
}
