import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { AudienceScreens } from '../../src/main/present/audience-screens'
import type { Rect, ScreenDisplay } from '../../src/main/present/display-choice'
import { exportSlides } from '../../src/main/present/export-slides'
import { PresentationHub } from '../../src/main/present/presentation-hub'
import { PresentFileStore } from '../../src/main/present/present-file-store'
import { registerPresentIpc, type WindowRole } from '../../src/main/present/register-present-ipc'
import { SlidePrinter, type PrintWindow } from '../../src/main/present/slide-printer'
import { createTrustedFrameCheck } from '../../src/main/security/trusted-sender'
import { writeFileAtomic } from '../../src/main/services/atomic-write'
import { FileTokens } from '../../src/main/services/file-tokens'
import { SettingsStore } from '../../src/main/services/settings-store'
import { presentApi } from '../../src/preload/present'
import { CHANNELS } from '../../src/shared/ipc/channels'
import { fail, ok, type IpcResult } from '../../src/shared/ipc/result'
import { FakeWindow, fakeScreen } from '../main/present/screen-fakes'

/**
 * The desktop app's presenting, with Chromium pages for its windows and main's real presenting
 * code in this process: the same channels, sender checks, hub, screens, store and printer as
 * main, reached through a `window.api` the page sees exactly as the preload shapes it. Only
 * Electron itself is stood in for: a window is a page, a display is a rectangle, printToPDF is
 * Chromium's `page.pdf`, and the save dialog answers with a temp folder.
 */
export interface DesktopHarness {
  context: BrowserContext
  /** The app window, where the console runs. */
  console: Page
  /** The audience window's page, once main has opened it. */
  audience(): Page | undefined
  screen: ReturnType<typeof fakeScreen>
  /** Where main keeps presenting data (`<userData>/presenting`). */
  userData: string
  /** Where the save dialog saves. */
  documents: string
  /** Console errors and page errors in any window. */
  errors: string[]
  close(): Promise<void>
}

/** An ipcMain handler, given a stand-in for Electron's invoke event. */
type Handler = (event: never, payload?: unknown) => Promise<IpcResult<unknown>>

/** A page's webContents as main's presenting code uses it. */
class PageContents {
  static next = 1
  readonly id = PageContents.next++
  page: Page | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private gone: (() => void)[] = []
  /** The page's top frame: its URL is the page's, as the sender check reads it. */
  readonly mainFrame = {} as { readonly url: string }

  constructor() {
    Object.defineProperty(this.mainFrame, 'url', { get: () => this.page?.url() ?? '' })
  }

  attach(page: Page): void {
    this.page = page
    page.on('close', () => this.gone.splice(0).forEach((f) => f()))
  }
  /** `webContents.send`: pushes reach a page in the order main sent them. */
  send = (channel: string, data: unknown): void => {
    const page = this.page
    if (!page || page.isClosed()) return
    this.queue = this.queue
      .then(() =>
        page.evaluate(
          ([c, d]) =>
            (window as unknown as { __atlasPush(c: string, d: unknown): void }).__atlasPush(c, d),
          [channel, data] as const,
        ),
      )
      .catch(() => undefined)
  }
  once = (_event: 'destroyed', listener: () => void): void => void this.gone.push(listener)
  /** An invoke event from this page's top frame. */
  event(): never {
    return { sender: this, senderFrame: this.mainFrame } as never
  }
}

/** A BrowserWindow whose page is made when it first loads a URL. */
class PageWindow extends FakeWindow {
  readonly contents = new PageContents()
  override readonly webContents = { id: this.contents.id }

  constructor(
    bounds: Rect,
    private readonly open: (contents: PageContents) => Promise<Page>,
    /** The page's size, for a window that fills a display. */
    private readonly viewport?: { width: number; height: number },
  ) {
    super(bounds)
  }
  override loadURL = async (url: string): Promise<void> => {
    this.loaded.push(url)
    if (!this.contents.page) {
      const page = await this.open(this.contents)
      if (this.viewport) await page.setViewportSize(this.viewport)
      this.contents.attach(page)
    }
    await this.contents.page!.goto(url)
    this.emit('ready-to-show')
  }
  override close = (): void => {
    this.destroyed = true
    void this.contents.page?.close()
    this.emit('closed')
  }
}

export async function desktopHarness(
  browser: Browser,
  serverUrl: string,
  options: {
    /** The route the app window opens at, e.g. "#/present/<deck>/presenter". */
    start: string
    displays: ScreenDisplay[]
    colorScheme?: 'light' | 'dark'
    viewport?: { width: number; height: number }
  },
): Promise<DesktopHarness> {
  const userData = await mkdtemp(join(tmpdir(), 'atlas-desktop-'))
  const documents = join(userData, 'Documents')
  await import('node:fs/promises').then((fs) => fs.mkdir(documents))
  const errors: string[] = []
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    colorScheme: options.colorScheme ?? 'light',
  })
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  )

  const byPage = new Map<Page, PageContents>()
  async function open(contents: PageContents): Promise<Page> {
    const page = await context.newPage()
    byPage.set(page, contents)
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${page.url()})`)
    })
    page.on('pageerror', (e) => errors.push(e.message))
    return page
  }

  const screen = fakeScreen(options.displays)
  const first = options.displays[0]!
  const consoleWindow = new PageWindow({ ...first.workArea, width: 1280, height: 720 }, open)
  const screens = new AudienceScreens({
    screen,
    consoleWindow: () => (consoleWindow.destroyed ? null : consoleWindow),
    createWindow: (bounds) =>
      new PageWindow(bounds, open, { width: bounds.width, height: bounds.height }),
    urlOf: (href) => `${serverUrl}${href}`,
    onChange: (layout) => consoleWindow.contents.send('present:screens-changed', layout),
    fullScreenExitMs: 0,
  })
  const printer = new SlidePrinter({
    createWindow(): PrintWindow {
      const window = new PageWindow({ x: 0, y: 0, width: 1280, height: 900 }, open)
      return {
        webContents: {
          id: window.webContents.id,
          printToPDF: (o) =>
            window.contents.page!.pdf({
              preferCSSPageSize: o.preferCSSPageSize,
              printBackground: o.printBackground,
              tagged: o.generateTaggedPDF,
            }),
          once: (event, listener) => {
            if (event === 'render-process-gone') window.contents.page?.on('crash', listener)
          },
        },
        loadURL: (url) => window.loadURL(url),
        isDestroyed: () => window.destroyed,
        destroy: () => window.close(),
      }
    },
    urlOf: (href) => `${serverUrl}${href}`,
  })
  const files = new FileTokens()
  const settings = new SettingsStore(join(userData, 'settings.json'))
  const handlers = new Map<string, Handler>()
  const printIds = (id: number) => printer.isPrintWindow(id)
  registerPresentIpc({
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: createTrustedFrameCheck(serverUrl),
    roleOf: (contents): WindowRole | null =>
      contents.id === consoleWindow.contents.id
        ? 'main'
        : screens.isAudience(contents.id)
          ? 'audience'
          : printIds(contents.id)
            ? 'print'
            : null,
    hub: new PresentationHub(),
    screens,
    store: new PresentFileStore(join(userData, 'presenting')),
    printer,
    exportSlides: (request) =>
      exportSlides(request, {
        print: (r) => printer.print(r),
        chooseSavePath: async (name) => join(documents, name),
        write: writeFileAtomic,
        issueToken: (path) => files.issue(path),
      }),
  })

  // window.api as the preload builds it, each call made as that page's webContents.
  await context.exposeBinding(
    '__atlasInvoke',
    async ({ page }, method: string, args: unknown[]) => {
      const contents = byPage.get(page)
      if (!contents) return fail('forbidden', 'Unknown window')
      const api = presentApi(
        (key, request) => handlers.get(CHANNELS[key])!(contents.event(), request) as never,
        { on: () => undefined, removeListener: () => undefined } as never,
      ) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
      if (method in api && !method.startsWith('on')) return api[method]!(...args)
      // The app's one settings store, real, in this user-data folder.
      if (method === 'getSettings') return ok(await settings.get())
      // Menus, handouts and the rest belong to other parts of main, absent here.
      return fail('not-found', `${method} is not part of this test.`)
    },
  )
  await context.addInitScript(() => {
    const channels: Record<string, string> = {
      onPresentMessage: 'present:message',
      onScreensChanged: 'present:screens-changed',
    }
    const listeners = new Map<string, Set<(data: unknown) => void>>()
    const host = window as unknown as Record<string, unknown>
    host['__atlasPush'] = (channel: string, data: unknown) =>
      listeners.get(channel)?.forEach((listener) => listener(data))
    const invoke = host['__atlasInvoke'] as (m: string, a: unknown[]) => Promise<unknown>
    host['api'] = new Proxy(
      {},
      {
        get(_target, name) {
          if (typeof name !== 'string') return undefined
          const channel = channels[name]
          if (channel)
            return (listener: (data: unknown) => void) => {
              const set = listeners.get(channel) ?? new Set()
              listeners.set(channel, set.add(listener))
              return () => set.delete(listener)
            }
          if (name.startsWith('on')) return () => () => undefined
          // Copied as Electron's contextBridge copies arguments (structured clone).
          return (...args: unknown[]) => invoke(name, structuredClone(args))
        },
      },
    )
  })

  await consoleWindow.loadURL(`${serverUrl}${options.start}`)
  return {
    context,
    console: consoleWindow.contents.page!,
    audience: () =>
      screens.showing() ? [...byPage].find(([, c]) => screens.isAudience(c.id))?.[0] : undefined,
    screen,
    userData,
    documents,
    errors,
    async close() {
      await context.close()
      await rm(userData, { recursive: true, force: true })
    },
  }
}
