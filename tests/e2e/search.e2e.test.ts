import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './fixture'

const app = useApp()
const require = createRequire(import.meta.url)

const options = (page: Page) => page.locator('#site-search-results [role="option"]')
const activeOption = (page: Page) =>
  page.evaluate(() => {
    const id = document.getElementById('site-search')?.getAttribute('aria-activedescendant')
    return id ? (document.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim() : ''
  })

/** Focuses the quick search with its shortcut and types, as a person would. */
async function quickSearch(page: Page, text: string): Promise<void> {
  await page.keyboard.press('/')
  await page.keyboard.type(text, { delay: 20 })
  await options(page).first().waitFor()
}

describe('search in Chromium (static build)', () => {
  it('finds "CES" first as cauda equina syndrome, by keyboard alone', async () => {
    const guard = await app.open('/')
    const { page } = guard
    await quickSearch(page, 'CES')
    await expect.poll(() => activeOption(page)).toMatch(/^Cauda equina syndrome/)
    expect(await page.locator('.search__note').first().textContent()).toBe(
      'CES: Cauda equina syndrome',
    )
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/#\/reference\/conditions\/cauda-equina-syndrome$/)
    await app.done(guard)
  })

  it('finds "painful sex", arrows to the second result and opens it with Enter', async () => {
    const guard = await app.open('/', { viewport: { width: 1366, height: 768 } })
    const { page } = guard
    await quickSearch(page, 'painful sex')
    await expect.poll(() => activeOption(page)).toMatch(/^Dyspareunia/)
    await app.shot(page, 'search-quick-light-1366')
    const second = (await options(page).nth(1).textContent())!.replace(/\s+/g, ' ').trim()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => activeOption(page)).toBe(second)
    const href = await page.evaluate(() => location.hash)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(href)
    // The popup closes and the page that opened is the second result's.
    expect(await page.locator('#site-search').getAttribute('aria-expanded')).toBe('false')
    await expect.poll(() => page.locator('#main h1').first().textContent()).toBeTruthy()
    await app.done(guard)
  })

  it("loads the index once, as one binary asset, and the snippets' texts beside it, allowed by the CSP", async () => {
    const guard = await app.open('/')
    const { page } = guard
    const requests: string[] = []
    const texts: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('search-index')) requests.push(request.url())
      if (request.url().includes('/assets/search/')) texts.push(request.url())
    })
    await quickSearch(page, 'twitch')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.keyboard.type('prolactin')
    await options(page).first().waitFor()
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatch(/\/assets\/search-index-[\w-]+\.bin$/)
    // The texts are not in the index: a few small files, each read once (this atlas is small
    // enough for all of them to be read as soon as the index is in), and the snippets show.
    await expect.poll(() => page.locator('.search__snippet mark').count()).toBeGreaterThan(0)
    expect(texts.length).toBeGreaterThan(1)
    expect(new Set(texts).size).toBe(texts.length)
    for (const url of texts) expect(url).toMatch(/\/assets\/search\/texts-[0-9a-f]{10}\.json$/)
    await app.done(guard)
  })

  it('shows all results on #/search with filters by kind', async () => {
    const guard = await app.open('/search?q=sex')
    const { page } = guard
    await page.locator('.filters__item').first().waitFor()
    const all = await page.locator('.filters__item[aria-current="page"]').textContent()
    expect(all?.trim()).toMatch(/^All \d+/)
    await page.locator('.filters__item', { hasText: 'Slides' }).click()
    await expect.poll(() => page.url()).toMatch(/#\/search\?q=sex&kind=slide$/)
    await expect
      .poll(() => page.locator('.result-group h2').allTextContents())
      .toEqual([expect.stringMatching(/^Slides \d+$/)])
    await page.goBack()
    await expect.poll(() => page.url()).toMatch(/#\/search\?q=sex$/)
    await expect.poll(() => page.locator('.result-group').count()).toBeGreaterThan(3)
    await app.done(guard)
  })

  it('when nothing matches, suggests a spelling and the closest matches', async () => {
    const guard = await app.open('/search?q=porlactinn%20surge')
    const { page } = guard
    const suggestion = page.locator('.no-results__did-you-mean a')
    await suggestion.waitFor()
    expect(await suggestion.textContent()).toBe('prolactin surge')
    await suggestion.click()
    await expect.poll(() => page.locator('.result__link').first().textContent()).toBe('Prolactin')
    await app.done(guard)
  })

  it('offers did-you-mean in the quick search too', async () => {
    const guard = await app.open('/')
    const { page } = guard
    await quickSearch(page, 'porlactinn surge')
    await expect
      .poll(async () =>
        (await options(page).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim()),
      )
      .toContain('Did you mean prolactin surge?')
    await app.done(guard)
  })

  it('has no serious accessibility problems on the results page or the open quick search', async () => {
    const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
    for (const colorScheme of ['light', 'dark'] as const) {
      const guard = await app.open('/search?q=cramp', { colorScheme, bypassCSP: true })
      const { page } = guard
      await page.locator('.result').first().waitFor()
      await page.locator('#site-search').click()
      await page.keyboard.type('period pain')
      await options(page).first().waitFor()
      await page.evaluate(axe)
      const problems = await page.evaluate(async () => {
        const run = (
          window as unknown as {
            axe: {
              run(o: object): Promise<{
                violations: { id: string; impact: string; nodes: { target: string[] }[] }[]
              }>
            }
          }
        ).axe.run
        const result = await run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        })
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(problems, colorScheme).toEqual([])
      await app.done(guard)
    }
  }, 180_000)

  it.each([
    ['light', 1366, 768],
    ['dark', 1366, 768],
    ['light', 1920, 1080],
    ['dark', 1920, 1080],
  ] as const)(
    'looks right in %s at %ix%i (screenshots)',
    async (colorScheme, width, height) => {
      const viewport = { width, height }
      const results = await app.open('/search?q=CES', { colorScheme, viewport })
      await results.page.locator('.result').first().waitFor()
      await app.shot(results.page, `search-results-${colorScheme}-${width}`)
      await app.done(results)
      const none = await app.open('/search?q=cauda%20equina%20xyzzy', { colorScheme, viewport })
      await none.page.locator('.no-results').waitFor()
      await app.shot(none.page, `search-none-${colorScheme}-${width}`)
      await app.done(none)
      const quick = await app.open('/modules/cramps-after-orgasm', { colorScheme, viewport })
      await quickSearch(quick.page, 'period pain')
      await app.shot(quick.page, `search-quick-${colorScheme}-${width}`)
      await app.done(quick)
    },
    180_000,
  )
})
