import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  benchPage,
  firstPaint,
  paintedWhen,
  stampNext,
  stamped,
  watchFirstPaint,
  watchPainted,
} from '../../scripts/bench/chromium'
import { launchChromium } from './browser'
import { serveStatic } from './static-server'

/** How long the page's own work, queued from the frame that shows the item, keeps it busy. */
const BUSY_MS = 600

/**
 * A page that behaves as the app does when it renders in stages: the frame that shows an item
 * also queues a long task of its own (the next batch), from requestAnimationFrame, before the
 * benchmark's watch sees the item. `show()` (or the Show button) adds the item; the page's load
 * adds one too.
 */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ruler</title></head>
<body><script type="module">
const busyAfterFrame = () => requestAnimationFrame(() => setTimeout(() => {
  const end = performance.now() + ${BUSY_MS}
  while (performance.now() < end);
}))
const add = (className) => {
  const item = document.createElement('p')
  item.className = className
  item.textContent = 'Shown'
  document.body.append(item)
  busyAfterFrame()
}
add('loaded')
window.show = () => add('shown')
const go = document.createElement('button')
go.id = 'go'
go.textContent = 'Show'
go.addEventListener('click', () => window.show())
document.body.append(go)
</script></body></html>`

/**
 * The benchmark's ruler (scripts/bench/chromium.ts): the time it reports must be that of the
 * frame that showed the item, not of whatever the page queued from that frame. Timing here is
 * the property under test, with a wide margin: the page's own task is 600 ms, the frame far less.
 */
describe('the benchmark ruler', () => {
  let browser: Browser
  let server: { url: string; close: () => Promise<void> }
  let folder: string
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'atlas-ruler-'))
    await writeFile(join(folder, 'index.html'), PAGE)
    server = await serveStatic(folder)
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await rm(folder, { recursive: true, force: true })
  })

  it('times a change to the frame that shows it, before the work the page queued from it', async () => {
    const { page, close } = await benchPage(browser, 1)
    try {
      await page.goto(server.url)
      await page.locator('.loaded').waitFor()
      await page.waitForTimeout(BUSY_MS + 200)
      const shown = paintedWhen(page, { selector: '.shown' })
      const start = await page.evaluate(() => {
        const at = performance.now()
        ;(window as unknown as { show: () => void }).show()
        return at
      })
      expect((await shown) - start).toBeLessThan(BUSY_MS / 2)
    } finally {
      await close()
    }
  })

  it('times the frame that shows what a click caused, though the page is busy after it', async () => {
    const { page, close } = await benchPage(browser, 1)
    try {
      await page.goto(server.url)
      await page.locator('.loaded').waitFor()
      await page.waitForTimeout(BUSY_MS + 200)
      const painted = await watchPainted(page, { selector: '.shown' })
      await stampNext(page, 'click')
      await page.locator('#go').click()
      // A watch armed only now would run after the page's own task, and time a later frame.
      const shown = await painted()
      expect(shown - (await stamped(page))).toBeLessThan(BUSY_MS / 2)
    } finally {
      await close()
    }
  })

  it('times a first paint the same way', async () => {
    const { page, close } = await benchPage(browser, 1)
    try {
      await watchFirstPaint(page, '.loaded')
      await page.goto(server.url)
      const { shown } = await firstPaint(page)
      const busyEnds = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        return entry.domContentLoadedEventStart
      })
      // The item is added by the page's one script, so it cannot be shown before that ran; the
      // page's own task then runs for BUSY_MS after the frame that shows it.
      expect(shown).toBeGreaterThanOrEqual(busyEnds)
      expect(shown - busyEnds).toBeLessThan(BUSY_MS / 2)
    } finally {
      await close()
    }
  })
})
