/**
 * Presenting in the built app, CPU 4× slower: a deck's first slide after opening it, and key
 * press to the frame that shows the next slide. Keys are real input (CDP), not synthetic DOM
 * events; the key's time is the event's own timestamp, and the frame's is the app's bench hook
 * (src/renderer/src/present/bench-hook.ts: just after the frame showing the new state is painted).
 */
import type { Browser, Page } from 'playwright-core'
import { serveStatic } from '../../tests/e2e/static-server'
import type { PresentBenchHook } from '../../src/renderer/src/present/bench-hook'
import { benchPage, CPU_SLOWDOWN, firstPaint, watchFirstPaint, WAIT_MS } from './chromium'
import { median, percentile } from './stats'
import type { Row } from './report'

const SLIDE = '.audience .slide-frame .slide'
export const PRESENT_TARGETS = { keyToFrameP95Ms: 50, deckOpenMs: 300 }

type Shown = ReturnType<PresentBenchHook['lastShown']>
/** Functions given to page.evaluate run in the page, so each names the hook itself. */
type Host = { __atlasPresent?: PresentBenchHook }

/** A deck to present: the first library card that offers one. */
async function firstDeck(page: Page, url: string): Promise<string> {
  await page.goto(`${url}#/`)
  await page.locator('.card__title').first().waitFor()
  const id = await page
    .locator('.card[data-topic]')
    .evaluateAll(
      (cards) =>
        cards.find((c) => c.querySelector('a[href*="/present/"]'))?.getAttribute('data-topic') ??
        null,
    )
  if (!id) throw new Error('no module in the library has a deck to present')
  return id
}

/** Presses keys and returns key-to-frame latencies; turns back at either end of the deck. */
async function keyToFrame(page: Page, presses: number): Promise<number[]> {
  const forward = ['ArrowRight', 'PageDown']
  const backward = ['ArrowLeft', 'PageUp']
  let keys = forward
  const latencies: number[] = []
  let misses = 0
  for (let i = 0; latencies.length < presses; i++) {
    const before = await page.evaluate(() =>
      (window as unknown as Host).__atlasPresent!.lastShown(),
    )
    await page.evaluate(() => {
      const host = window as unknown as { __benchKeyAt?: number }
      delete host.__benchKeyAt
      window.addEventListener(
        'keydown',
        (event) => (host.__benchKeyAt = performance.timeOrigin + event.timeStamp),
        { capture: true, once: true },
      )
    })
    await page.keyboard.press(keys[i % 2]!)
    const after = await page
      .waitForFunction(
        (before: Shown) => {
          const now = (window as unknown as Host).__atlasPresent?.lastShown()
          return now && (now.slide !== before.slide || now.step !== before.step) ? now : null
        },
        before,
        { timeout: 1500 },
      )
      .then((handle) => handle.jsonValue() as Promise<Shown>)
      .catch(() => null)
    if (!after) {
      // The end of the deck (or its start): nothing to show, so turn round.
      keys = keys === forward ? backward : forward
      if (++misses > 4) throw new Error('the slide did not change on key presses')
      continue
    }
    misses = 0
    const keyAt = await page.evaluate(
      () => (window as unknown as { __benchKeyAt?: number }).__benchKeyAt ?? NaN,
    )
    latencies.push(after.paintedAt - keyAt)
  }
  return latencies
}

export async function benchPresent(
  browser: Browser,
  renderer: string,
  presses: number,
  loads: number,
): Promise<Row[]> {
  const server = await serveStatic(renderer)
  try {
    const first = await benchPage(browser, 1)
    const deck = await firstDeck(first.page, server.url).finally(() => first.close())

    const opens: number[] = []
    for (let i = 0; i < loads; i++) {
      const { page, close } = await benchPage(browser)
      try {
        await watchFirstPaint(page, SLIDE)
        await page.goto(`${server.url}#/present/${deck}`)
        opens.push((await firstPaint(page)).shown)
      } finally {
        await close()
      }
    }

    const { page, close } = await benchPage(browser)
    let latencies: number[]
    try {
      await page.goto(`${server.url}#/present/${deck}`)
      await page.waitForFunction(
        () => Boolean((window as unknown as Host).__atlasPresent),
        undefined,
        {
          timeout: WAIT_MS,
        },
      )
      await page.locator(SLIDE).first().waitFor()
      latencies = await keyToFrame(page, presses)
    } finally {
      await close()
    }
    const area = 'presenting'
    const how = `CPU ${CPU_SLOWDOWN}× slower; deck ${deck}`
    return [
      {
        area,
        name: 'deck open to first slide',
        value: median(opens),
        unit: 'ms',
        target: PRESENT_TARGETS.deckOpenMs,
        note: `median of ${loads} fresh loads; ${how}`,
      },
      {
        area,
        name: 'key to next slide painted, p50',
        value: percentile(latencies, 0.5),
        unit: 'ms',
        note: `${latencies.length} presses (→ PageDown, back with ← PageUp); ${how}`,
      },
      {
        area,
        name: 'key to next slide painted, p95',
        value: percentile(latencies, 0.95),
        unit: 'ms',
        target: PRESENT_TARGETS.keyToFrameP95Ms,
      },
    ]
  } finally {
    await server.close()
  }
}
