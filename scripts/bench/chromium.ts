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
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_MS)
  const cdp = await context.newCDPSession(page)
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
  return { page, cdp, close: () => context.close() }
}

/**
 * Installs, before the app's first script, a watch for `selector`: `window.__benchPainted`
 * becomes the time (ms since navigation start) just after the first frame that shows it
 * was painted (a task queued from requestAnimationFrame runs after that frame's paint).
 */
export async function watchFirstPaint(page: Page, selector: string): Promise<void> {
  await page.addInitScript((wanted: string) => {
    const host = window as unknown as { __benchPainted?: number }
    const seen = () => {
      if (!document.querySelector(wanted)) return false
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => (host.__benchPainted = performance.now())
        channel.port2.postMessage(0)
      })
      return true
    }
    const observer = new MutationObserver(() => {
      if (seen()) observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  }, selector)
}

/** Waits for the watch above and returns its time and first-contentful-paint's. */
export async function firstPaint(page: Page): Promise<{ shown: number; fcp: number | null }> {
  await page.waitForFunction(
    () => typeof (window as unknown as { __benchPainted?: number }).__benchPainted === 'number',
    undefined,
    { timeout: WAIT_MS, polling: 50 },
  )
  return page.evaluate(() => ({
    shown: (window as unknown as { __benchPainted: number }).__benchPainted,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }))
}

/** What a page shows when a step is done: `selector` present and, if given, `heading` changed. */
export interface Shown {
  selector: string
  /** The text of `heading` must differ from this (a new module's title replacing the last). */
  headingNot?: { selector: string; text: string }
}

/**
 * Resolves, on the page's clock, just after the first frame in which `shown` holds (checked
 * on every DOM change) has been painted. The app's CSP allows no eval, so the condition is data.
 */
export function paintedWhen(page: Page, shown: Shown): Promise<number> {
  return page.evaluate(
    ({ shown, waitMs }) =>
      new Promise<number>((done, fail) => {
        const test = () =>
          Boolean(document.querySelector(shown.selector)) &&
          (!shown.headingNot ||
            (document.querySelector(shown.headingNot.selector)?.textContent ?? '') !==
              shown.headingNot.text)
        const after = () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => done(performance.now())
            channel.port2.postMessage(0)
          })
        if (test()) return after()
        const timer = setTimeout(() => {
          observer.disconnect()
          fail(new Error(`${JSON.stringify(shown)} not shown within ${waitMs / 1000} s`))
        }, waitMs)
        const observer = new MutationObserver(() => {
          if (!test()) return
          observer.disconnect()
          clearTimeout(timer)
          after()
        })
        observer.observe(document, { childList: true, subtree: true, characterData: true })
      }),
    { shown, waitMs: WAIT_MS },
  )
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
