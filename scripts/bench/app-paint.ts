/**
 * The built app in Chromium with the CPU slowed 4×: the library's first paint (navigation start
 * to the frame that shows the module cards), opening a module from the library (click to the
 * frame that shows its sections, its content fetched on demand), and the JS heap after ten
 * modules have been opened. Each load is a fresh browser context (an empty cache, as at start).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { serveStatic } from '../../tests/e2e/static-server'
import {
  benchPage,
  CPU_SLOWDOWN,
  firstPaint,
  heapAfterGc,
  paintedWhen,
  watchPainted,
  stampNext,
  stamped,
  watchFirstPaint,
} from './chromium'
import { median } from './stats'
import type { Row } from './report'

const CARD = '.card__title'
/** A card the app itself rendered: Vue marks the element it mounted on. */
const APP_CARD = '#app[data-v-app] .card__title'
const MODULE_SHOWN = '.module-section'

export const APP_TARGETS = { firstPaintMs: 400, moduleOpenMs: 200 }

/** One fresh load of the library, then one module opened from it by a click. */
async function loadAndOpen(browser: Browser, url: string, pick: (ids: string[]) => string) {
  const { page, close } = await benchPage(browser)
  try {
    await watchFirstPaint(page, CARD, APP_CARD)
    await page.goto(`${url}#/`)
    const paint = await firstPaint(page, true)
    const ids = await page
      .locator('.card[data-topic]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-topic')!))
    const id = pick(ids)
    const painted = await watchPainted(page, { selector: MODULE_SHOWN })
    await stampNext(page, 'click')
    // The app's card: the prerendered one is inert until the app replaces it.
    await page.locator(`#app[data-v-app] .card[data-topic="${id}"] .card__link`).click()
    const shown = await painted()
    return { ...paint, open: shown - (await stamped(page)), topics: ids.length }
  } finally {
    await close()
  }
}

/**
 * The floor under the library's figure: a page whose one script adds one title, loaded and
 * painted the same way. The 4× slower CPU and a shared machine weigh on it too, so the app's
 * own cost is the difference between the two.
 */
async function emptyPagePaint(browser: Browser, loads: number): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'atlas-bench-empty-'))
  await writeFile(
    join(folder, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head>' +
      '<body><script type="module">const title = document.createElement("h2");' +
      'title.className = "card__title"; title.textContent = "Module";' +
      'document.body.append(title)</script></body></html>',
  )
  const server = await serveStatic(folder)
  try {
    const samples: number[] = []
    for (let i = 0; i < loads; i++) {
      const { page, close } = await benchPage(browser)
      try {
        await watchFirstPaint(page, CARD)
        await page.goto(`${server.url}#/`)
        samples.push((await firstPaint(page)).shown)
      } finally {
        await close()
      }
    }
    return median(samples)
  } finally {
    await server.close()
    await rm(folder, { recursive: true, force: true })
  }
}

/** The heap at the library, then after opening ten modules in turn (the five twice at 5 topics). */
async function heapAfterTen(browser: Browser, url: string) {
  const { page, cdp, close } = await benchPage(browser, 1)
  try {
    await page.goto(`${url}#/`)
    await page.locator(APP_CARD).first().waitFor()
    const ids = await page
      .locator('.card[data-topic]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-topic')!))
    const atLibrary = await heapAfterGc(cdp)
    // Spread over the library, so a big one opens modules far apart in the list.
    const step = Math.max(1, Math.floor(ids.length / 10))
    const order = Array.from({ length: 10 }, (_, i) => ids[(i * step) % ids.length]!)
    let title = ''
    for (const id of order) {
      await page.evaluate((id) => (location.hash = `#/modules/${id}`), id)
      await paintedWhen(page, {
        selector: MODULE_SHOWN,
        headingNot: { selector: '#main h1', text: title },
      })
      title = (await page.locator('#main h1').first().textContent()) ?? ''
    }
    return { atLibrary, afterTen: await heapAfterGc(cdp) }
  } finally {
    await close()
  }
}

/**
 * Library first paint, module open and heap for one built app, `loads` fresh loads each. The
 * module opened is the middle card, so a big library's figure is not its first module's.
 */
export async function benchAppPaint(
  browser: Browser,
  renderer: string,
  topics: number,
  loads: number,
): Promise<Row[]> {
  const server = await serveStatic(renderer)
  try {
    const samples = []
    for (let i = 0; i < loads; i++)
      samples.push(
        await loadAndOpen(browser, server.url, (ids) => ids[Math.floor(ids.length / 2)]!),
      )
    const heap = await heapAfterTen(browser, server.url)
    const floor = await emptyPagePaint(browser, loads)
    const area = `app, ${topics} topics`
    const how = `median of ${loads} fresh loads, CPU ${CPU_SLOWDOWN}× slower`
    const fcp = samples.map((s) => s.fcp).filter((v): v is number => v !== null)
    return [
      {
        area,
        name: 'library first paint (cards shown)',
        value: median(samples.map((s) => s.shown)),
        unit: 'ms',
        target: APP_TARGETS.firstPaintMs,
        note: `${how}; ${samples[0]!.topics} cards`,
      },
      {
        area,
        name: 'library ready (the app rendered it)',
        value: median(samples.map((s) => s.ready!)),
        unit: 'ms',
        note: `${how}; the cards as the app renders them, over the prerendered page`,
      },
      {
        area,
        name: 'an empty page painted the same way',
        value: floor,
        unit: 'ms',
        note: `${how}; the floor under the first paint`,
      },
      {
        area,
        name: 'first contentful paint',
        value: fcp.length ? median(fcp) : null,
        unit: 'ms',
        note: how,
      },
      {
        area,
        name: 'module open from the library',
        value: median(samples.map((s) => s.open)),
        unit: 'ms',
        target: APP_TARGETS.moduleOpenMs,
        note: `${how}; click to sections painted`,
      },
      {
        area,
        name: 'JS heap at the library',
        value: heap.atLibrary / 2 ** 20,
        unit: 'MB',
        note: 'after GC',
      },
      {
        area,
        name: 'JS heap after opening ten modules',
        value: heap.afterTen / 2 ** 20,
        unit: 'MB',
        note: topics < 10 ? `after GC; the ${topics} modules opened twice` : 'after GC',
      },
    ]
  } finally {
    await server.close()
  }
}
