/**
 * Chromium for the benchmark: a page in a fresh context (its own cache and storage, as a
 * fresh app start has) with the CPU slowed through CDP, and waits that resolve just after the
 * frame showing a selector has been painted, on the page's own clock.
 */
import type { Browser, BrowserContextOptions, CDPSession, Page } from 'playwright-core'

/** The issues' renderer targets are for a CPU four times slower than this machine's. */
export const CPU_SLOWDOWN = 4
/** Longest wait for anything on a page: a bench step fails with a reason, never hangs. */
export const WAIT_MS = 60_000

/**
 * Defines `window.__benchAfterPaint(callback)` in every bench page: `callback` runs as the first
 * task after the next frame has been painted (a task queued from requestAnimationFrame cannot run
 * inside that frame's rendering). The task is posted at user-blocking priority: a MessageChannel
 * message, as used before, is an ordinary task that Chromium's scheduler ran after the app's own
 * timers and even after the following frame, so when the app queued work from the same frame (the
 * module page rendering its next sections) the figure included that work too. Checked against
 * the trace's Paint events: the message arrived 1.0-2.2 s after the frame that showed the module,
 * the user-blocking task within 30 ms of it (tests/e2e/bench-ruler.e2e.test.ts holds this).
 */
function installAfterPaint(): void {
  type PostTask = (task: () => void, options: { priority: string }) => void
  const scheduler = (globalThis as unknown as { scheduler?: { postTask?: PostTask } }).scheduler
  ;(window as unknown as { __benchAfterPaint: (callback: () => void) => void }).__benchAfterPaint =
    (callback) =>
      requestAnimationFrame(() => {
        if (scheduler?.postTask) scheduler.postTask(callback, { priority: 'user-blocking' })
        else setTimeout(callback)
      })
}

type AfterPaintHost = { __benchAfterPaint: (callback: () => void) => void }

export interface BenchPage {
  page: Page
  cdp: CDPSession
  close: () => Promise<void>
}

export async function benchPage(
  browser: Browser,
  slowdown = CPU_SLOWDOWN,
  options: BrowserContextOptions = {},
): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options })
  // tsx compiles this script keeping function names, which wraps functions declared inside
  // page.evaluate callbacks in a `__name` helper that exists only in Node: give the page one.
  await context.addInitScript('globalThis.__name = (fn) => fn')
  await context.addInitScript(installAfterPaint)
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  const cdp = await context.newCDPSession(page)
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
  return { page, cdp, close: () => context.close() }
}

/**
 * Installs, before the app's first script, a watch for `selector`: `window.__benchPainted`
 * becomes the time (ms since navigation start) just after the first frame that shows it
 * was painted; with `ready`, `window.__benchReady` the same for that selector (the app itself
 * rendered, where `selector` may first be met in the page's prerendered HTML).
 */
export async function watchFirstPaint(page: Page, selector: string, ready?: string): Promise<void> {
  await page.addInitScript(
    ({ wanted, ready }: { wanted: string; ready: string | null }) => {
      const host = window as unknown as {
        __benchPainted?: number
        __benchReady?: number
      } & AfterPaintHost
      const watch = (selector: string, done: (at: number) => void) => {
        const seen = () => {
          if (!document.querySelector(selector)) return false
          host.__benchAfterPaint(() => done(performance.now()))
          return true
        }
        const observer = new MutationObserver(() => {
          if (seen()) observer.disconnect()
        })
        observer.observe(document, { childList: true, subtree: true, attributes: true })
      }
      watch(wanted, (at) => (host.__benchPainted = at))
      if (ready) watch(ready, (at) => (host.__benchReady = at))
    },
    { wanted: selector, ready: ready ?? null },
  )
}

/**
 * Waits for the watch above (and its `ready` selector, if it has one) and returns their times
 * and first-contentful-paint's.
 */
export async function firstPaint(
  page: Page,
  withReady = false,
): Promise<{ shown: number; ready: number | null; fcp: number | null }> {
  await page.waitForFunction(
    (withReady) => {
      const host = window as unknown as { __benchPainted?: number; __benchReady?: number }
      return (
        typeof host.__benchPainted === 'number' &&
        (!withReady || typeof host.__benchReady === 'number')
      )
    },
    withReady,
    { timeout: WAIT_MS, polling: 50 },
  )
  return page.evaluate(() => {
    const host = window as unknown as { __benchPainted: number; __benchReady?: number }
    return {
      shown: host.__benchPainted,
      ready: host.__benchReady ?? null,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }
  })
}

/** What a page shows when a step is done: `selector` present and, if given, `heading` changed. */
export interface Shown {
  selector: string
  /** The text of `heading` must differ from this (a new module's title replacing the last). */
  headingNot?: { selector: string; text: string }
}

/** Numbers each watch's slot on the page. */
let watches = 0

/**
 * Arms a watch, before the step that causes it, for the first frame in which `shown` holds
 * (checked on every DOM change); the function it returns waits for that frame and gives its
 * time on the page's clock, just after it was painted. Armed after a click instead, the watch
 * ran only once the page was free to run it, and timed a later frame: at 4× slower CPU a
 * module open read 45–65 ms longer than the frame that showed the module. The app's CSP
 * allows no eval, so the condition is data.
 */
export async function watchPainted(page: Page, shown: Shown): Promise<() => Promise<number>> {
  const slot = `__benchShown${++watches}`
  await page.evaluate(
    ({ shown, slot }) => {
      const host = window as unknown as Record<string, number> & AfterPaintHost
      const test = () =>
        Boolean(document.querySelector(shown.selector)) &&
        (!shown.headingNot ||
          (document.querySelector(shown.headingNot.selector)?.textContent ?? '') !==
            shown.headingNot.text)
      const after = () => host.__benchAfterPaint(() => (host[slot] = performance.now()))
      if (test()) return after()
      const observer = new MutationObserver(() => {
        if (!test()) return
        observer.disconnect()
        after()
      })
      observer.observe(document, { childList: true, subtree: true, characterData: true })
    },
    { shown, slot },
  )
  return async () => {
    try {
      await page.waitForFunction(
        (slot) => typeof (window as unknown as Record<string, unknown>)[slot] === 'number',
        slot,
        { timeout: WAIT_MS, polling: 50 },
      )
    } catch {
      throw new Error(`${JSON.stringify(shown)} not shown within ${WAIT_MS / 1000} s`)
    }
    return page.evaluate((slot) => (window as unknown as Record<string, number>)[slot]!, slot)
  }
}

/**
 * The first frame in which `shown` holds, after what the page is doing now: for a change the
 * page makes itself (a step started by the same evaluate that arms it, a first load).
 */
export async function paintedWhen(page: Page, shown: Shown): Promise<number> {
  return (await watchPainted(page, shown))()
}

/** Records the page-clock time of the next trusted event of `type` in `window.__benchEventAt`. */
export function stampNext(page: Page, type: string): Promise<void> {
  return page.evaluate((type) => {
    const host = window as unknown as { __benchEventAt?: number }
    delete host.__benchEventAt
    window.addEventListener(type, (event) => (host.__benchEventAt = event.timeStamp), {
      capture: true,
      once: true,
    })
  }, type)
}

export function stamped(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __benchEventAt?: number }).__benchEventAt ?? NaN,
  )
}

/** The renderer's JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize
}
