import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { guardedPage, launchChromium, type PageGuard } from './browser'
import { serveStatic } from './static-server'
import { realContent } from './content'
import { SCREENSHOTS } from './fixture'

/** The app's own code: boot.ts imports it after the first frame (build/shell-plugin.ts). */
const APP_CODE = /\/assets\/main-[\w-]+\.js$/

let browser: Browser
let server: Awaited<ReturnType<typeof serveStatic>>
const pages: PageGuard[] = []

beforeAll(async () => {
  server = await serveStatic('out/renderer')
  browser = await launchChromium()
})

afterAll(async () => {
  for (const guard of pages) await guard.page.context().close()
  await browser?.close()
  await server?.close()
})

/**
 * A page at `path` (hash route and query) whose app code never arrives, when `withoutApp`: what
 * it shows is what index.html and the style sheets paint on their own.
 */
async function load(path: string, withoutApp: boolean, width = 1366): Promise<PageGuard> {
  const guard = await guardedPage(browser, { viewport: { width, height: 768 } })
  pages.push(guard)
  if (withoutApp) await guard.page.route(APP_CODE, () => undefined) // never answered
  await guard.page.goto(`${server.url}${path}`)
  return guard
}

/** What a reader sees of a page: the visible text of the main region, and the cards' titles. */
function seen(page: Page) {
  return page.evaluate(() => ({
    main: (document.querySelector('#main') as HTMLElement).innerText,
    titles: [...document.querySelectorAll('.card__title')].map((t) => t.textContent!.trim()),
    titleFont: getComputedStyle(document.querySelector('.card__title')!).fontSize,
    cardBorder: getComputedStyle(document.querySelector('.card')!).borderTopWidth,
  }))
}

describe('the library prerendered into index.html', () => {
  it('is painted from the HTML alone, as the app renders it, and inert until the app starts', async () => {
    const { topics } = await realContent()
    const before = await load('#/', true)
    await before.page.locator('.card__title').first().waitFor()
    await before.page.screenshot({ path: `${SCREENSHOTS}/library-shell-before-app.png` })
    const shell = await seen(before.page)
    expect(shell.titles).toHaveLength(Math.min(12, topics.length))
    expect(await before.page.locator('.app-shell').getAttribute('inert')).toBe('')
    // Styled by the app's own scoped styles (the border comes from ModuleCard.vue's).
    expect(shell.cardBorder).toBe('4px')
    // v-show'n things stay hidden although the CSP ignores style attributes.
    await expect.poll(() => before.page.locator('.search__popup').isVisible()).toBe(false)
    expect(before.errors.filter((e) => !/main-/.test(e))).toEqual([])

    const after = await load('#/', false)
    await after.page.locator('#app[data-v-app] .card__title').first().waitFor()
    await after.page.locator('[data-rendered="some"]').waitFor({ state: 'detached' })
    const app = await seen(after.page)
    // The app's first screen is the same page: same text, same cards, same type.
    expect(app.titles).toEqual(shell.titles)
    expect(app.main).toBe(shell.main)
    expect(app.titleFont).toBe(shell.titleFont)
    // Replaced, not doubled: one of each landmark and id.
    expect(await after.page.locator('.app-shell').count()).toBe(0)
    expect(await after.page.locator('#main').count()).toBe(1)
    expect(await after.page.locator('#library-title').count()).toBe(1)
    expect(after.errors).toEqual([])
    expect(after.offsiteRequests).toEqual([])
  })

  it('is not shown when the window opens on another page', async () => {
    const { topics } = await realContent()
    const id = topics[0]!.id
    const before = await load(`#/modules/${id}`, true)
    await before.page.waitForLoadState('load')
    expect(await before.page.locator('.app-shell').isVisible()).toBe(false)
    expect(await before.page.getByText('Teaching modules').isVisible()).toBe(false)

    const after = await load(`#/modules/${id}`, false)
    await expect
      .poll(() => after.page.locator('#main h1').first().textContent())
      .toBe(topics[0]!.title)
    expect(after.errors).toEqual([])
  })

  it('is painted at the text size main passes, before the settings arrive', async () => {
    const normal = await load('#/', true)
    await normal.page.locator('.card__title').first().waitFor()
    const projector = await load('?text=projector#/', true)
    await projector.page.locator('.card__title').first().waitFor()
    expect(await projector.page.evaluate(() => document.documentElement.dataset['textSize'])).toBe(
      'projector',
    )
    const size = async (page: Page) => parseFloat((await seen(page)).titleFont.replace('px', ''))
    expect(await size(projector.page)).toBeGreaterThan(await size(normal.page))
    // Anything else in ?text= is ignored.
    const odd = await load('?text=huge#/', true)
    await odd.page.waitForLoadState('load')
    expect(await odd.page.evaluate(() => document.documentElement.dataset['textSize'])).toBe(
      undefined,
    )
  })
})
