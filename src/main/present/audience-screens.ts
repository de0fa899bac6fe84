import type { ScreenLayout } from '../../shared/ipc/present'
import {
  audienceDisplay,
  centredIn,
  consoleDisplayBeside,
  describeDisplays,
  displayOf,
  type Rect,
  type ScreenDisplay,
} from './display-choice'

/** What the screens need of a BrowserWindow (the console's, or the audience window). */
export interface ScreenWindow {
  readonly webContents: { readonly id: number }
  getBounds(): Rect
  setBounds(bounds: Rect): void
  isFullScreen(): boolean
  setFullScreen(flag: boolean): void
  isMaximized(): boolean
  maximize(): void
  unmaximize(): void
  isDestroyed(): boolean
  showInactive(): void
  focus(): void
  close(): void
  loadURL(url: string): Promise<void>
  once(event: 'ready-to-show' | 'closed' | 'leave-full-screen', listener: () => void): void
}

/** What the screens need of Electron's `screen`. */
export interface ScreenSource {
  getAllDisplays(): ScreenDisplay[]
  getPrimaryDisplay(): ScreenDisplay
  on(
    event: 'display-added' | 'display-removed' | 'display-metrics-changed',
    listener: () => void,
  ): void
}

export interface AudienceScreensDeps {
  screen: ScreenSource
  /** The app window, where the presenter console is. */
  consoleWindow(): ScreenWindow | null
  /** Makes the audience window, hidden, with the app's secure settings, over `bounds`. */
  createWindow(bounds: Rect): ScreenWindow
  /** The full app:// address of an app route ("#/present/…"). */
  urlOf(href: string): string
  /** Told whenever the layout changes (pushed to the console). */
  onChange(layout: ScreenLayout): void
  /** How long a window may take to leave full screen before it is moved anyway (macOS animates). */
  fullScreenExitMs?: number
}

export type ScreenOutcome = { ok: true; layout: ScreenLayout } | { ok: false; problem: string }

const ONE_SCREEN =
  'Only one screen is connected. Connect the projector and try again, or press s to show the slides alone in this window.'

/**
 * The two screens of a presentation in the desktop app: which display shows the audience view
 * (the presenter's choice, else the external one), the audience window itself (full screen on
 * that display, never over the console), swapping the two, and closing it with the
 * presentation. When a projector is unplugged the audience window closes rather than land on
 * top of the console.
 */
export class AudienceScreens {
  private audience: ScreenWindow | null = null
  private audienceKey = ''
  private chosen: number | null = null

  constructor(private readonly deps: AudienceScreensDeps) {
    const changed = (): void => void this.screensChanged()
    deps.screen.on('display-added', changed)
    deps.screen.on('display-removed', changed)
    deps.screen.on('display-metrics-changed', changed)
  }

  /** The displays, where the console is, where the audience view goes, and whether it is open. */
  layout(): ScreenLayout {
    const displays = this.deps.screen.getAllDisplays()
    const consoleId = this.consoleDisplay(displays)?.id ?? null
    const primary = this.deps.screen.getPrimaryDisplay()?.id ?? null
    return {
      displays: describeDisplays(displays, primary),
      console: consoleId,
      audience: audienceDisplay(displays, consoleId, this.chosen),
      audienceOpen: this.isOpen(),
    }
  }

  /** The presentation the audience window shows ("deck:<id>"), or null when it is closed. */
  showing(): string | null {
    return this.isOpen() ? this.audienceKey : null
  }

  /** Whether `webContents` belongs to the audience window. */
  isAudience(webContentsId: number): boolean {
    return this.isOpen() && this.audience!.webContents.id === webContentsId
  }

  /** The presenter picks the display for the audience view; an open audience window moves there. */
  async choose(display: number): Promise<ScreenOutcome> {
    const displays = this.deps.screen.getAllDisplays()
    if (!displays.some((d) => d.id === display))
      return { ok: false, problem: 'That screen is no longer connected. Choose another.' }
    this.chosen = display
    if (this.isOpen()) await this.arrange(this.audience!)
    return this.changed()
  }

  /**
   * Opens the audience view of `href` on the chosen (or default) display, or shows the open one
   * there. `key` names the presentation, so an open window is reloaded only for another one.
   */
  async open(key: string, href: string, display: number | null): Promise<ScreenOutcome> {
    const displays = this.deps.screen.getAllDisplays()
    if (display !== null) {
      if (!displays.some((d) => d.id === display))
        return { ok: false, problem: 'That screen is no longer connected. Choose another.' }
      this.chosen = display
    }
    const target = this.target(displays)
    if (!target) return { ok: false, problem: ONE_SCREEN }
    if (this.isOpen()) {
      if (this.audienceKey !== key) await this.audience!.loadURL(this.deps.urlOf(href))
      this.audienceKey = key
      await this.arrange(this.audience!)
      return this.changed()
    }
    const window = this.deps.createWindow(target.bounds)
    this.audience = window
    this.audienceKey = key
    window.once('closed', () => {
      if (this.audience === window) this.audience = null
      this.changed()
    })
    window.once('ready-to-show', () => {
      if (window.isDestroyed()) return
      window.showInactive()
      window.setFullScreen(true)
      // The presenter's keyboard and clicker keep driving the console.
      this.deps.consoleWindow()?.focus()
    })
    await this.moveConsoleOff(target, displays)
    await window.loadURL(this.deps.urlOf(href))
    return this.changed()
  }

  /** Puts the audience view where the console is and the console where the audience view was. */
  async swap(): Promise<ScreenOutcome> {
    if (!this.isOpen()) return { ok: false, problem: 'Open the audience window first.' }
    const displays = this.deps.screen.getAllDisplays()
    if (displays.length < 2) return { ok: false, problem: ONE_SCREEN }
    const console = this.deps.consoleWindow()
    const consoleAt = this.consoleDisplay(displays)
    const audienceAt = displayOf(displays, this.audience!.getBounds())
    if (!console || !consoleAt || !audienceAt) return { ok: false, problem: ONE_SCREEN }
    this.chosen = consoleAt.id
    if (consoleAt.id === audienceAt.id) {
      await this.arrange(this.audience!)
      return this.changed()
    }
    await Promise.all([
      this.place(this.audience!, consoleAt, 'audience'),
      this.place(console, audienceAt, 'console'),
    ])
    return this.changed()
  }

  /** Closes the audience window (the presentation ended, or the presenter asked). */
  close(): ScreenLayout {
    const window = this.audience
    this.audience = null
    if (window && !window.isDestroyed()) window.close()
    return this.changed().layout
  }

  private isOpen(): boolean {
    return this.audience !== null && !this.audience.isDestroyed()
  }

  private consoleDisplay(displays: readonly ScreenDisplay[]): ScreenDisplay | null {
    const console = this.deps.consoleWindow()
    if (!console || console.isDestroyed()) return null
    return displayOf(displays, console.getBounds())
  }

  private target(displays: readonly ScreenDisplay[]): ScreenDisplay | null {
    const id = audienceDisplay(displays, this.consoleDisplay(displays)?.id ?? null, this.chosen)
    return displays.find((d) => d.id === id) ?? null
  }

  /** The audience window on its display, and the console off it. */
  private async arrange(window: ScreenWindow): Promise<void> {
    const displays = this.deps.screen.getAllDisplays()
    const target = this.target(displays)
    if (!target) return
    await this.place(window, target, 'audience')
    await this.moveConsoleOff(target, displays)
  }

  private async moveConsoleOff(
    target: ScreenDisplay,
    displays: readonly ScreenDisplay[],
  ): Promise<void> {
    const console = this.deps.consoleWindow()
    if (!console || this.consoleDisplay(displays)?.id !== target.id) return
    const beside = displays.find((d) => d.id === consoleDisplayBeside(displays, target.id))
    if (beside) await this.place(console, beside, 'console')
  }

  /** The audience window fills its display; the console is centred on its own, maximised. */
  private async place(
    window: ScreenWindow,
    display: ScreenDisplay,
    role: 'audience' | 'console',
  ): Promise<void> {
    if (window.isDestroyed()) return
    if (window.isFullScreen()) await this.leaveFullScreen(window)
    if (window.isMaximized()) window.unmaximize()
    if (role === 'audience') {
      window.setBounds(display.bounds)
      window.setFullScreen(true)
    } else {
      window.setBounds(centredIn(display.workArea, window.getBounds()))
      window.maximize()
    }
  }

  /** Leaving full screen is animated on macOS: a window is moved only once it has left. */
  private leaveFullScreen(window: ScreenWindow): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.deps.fullScreenExitMs ?? 1000)
      window.once('leave-full-screen', () => {
        clearTimeout(timer)
        resolve()
      })
      window.setFullScreen(false)
    })
  }

  private async screensChanged(): Promise<void> {
    const displays = this.deps.screen.getAllDisplays()
    if (this.isOpen()) {
      // Unplugged down to one screen: the slides would cover the console, so they close.
      if (displays.length < 2) return void this.close()
      const at = displayOf(displays, this.audience!.getBounds())
      const target = this.target(displays)
      if (target && at?.id !== target.id) await this.arrange(this.audience!)
    }
    this.changed()
  }

  private changed(): { ok: true; layout: ScreenLayout } {
    const layout = this.layout()
    this.deps.onChange(layout)
    return { ok: true, layout }
  }
}
