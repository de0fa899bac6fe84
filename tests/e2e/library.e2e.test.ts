import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'
import { realContent } from './content'

const app = useApp()

describe('static build in Chromium', async () => {
  const topicIds = (await realContent()).topics.map((t) => t.id)

  it('ships index.html with the strict CSP', async () => {
    const html = await readFile('out/renderer/index.html', 'utf8')
    const raw = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    const csp = raw.replace(/&#39;/g, "'").replace(/&quot;/g, '"')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("base-uri 'none'")
    expect(csp).toContain("form-action 'none'")
    expect(csp).not.toMatch(/https?:/)
  })

  it('lists the five modules on the home page', async () => {
    const guard = await app.open('/')
    const titles = await guard.page.locator('.card__title').allTextContents()
    expect(titles.map((t) => t.trim()).sort()).toEqual([
      'Cramps after masturbation',
      'Cramps after orgasm',
      'Cramps and pain after sex',
      'Leg twitching after sex',
      'Lower back pain after sex',
    ])
    await app.shot(guard.page, 'home-light')
    await app.done(guard)
  })

  it.each(topicIds)('opens %s, with contents, sections, quiz and references', async (id) => {
    const topic = (await realContent()).topics.find((t) => t.id === id)!
    const guard = await app.open(`/modules/${topic.id}`)
    const { page } = guard
    await expect.poll(() => page.locator('h1').textContent()).toBe(topic.title)
    expect(await page.locator('.toc__list > li').count()).toBe(topic.sections.length + 1)
    expect(await page.locator('.module-section').count()).toBe(topic.sections.length)
    expect(await page.locator('.question').count()).toBe(topic.quiz.length)
    expect(await page.locator('.references li').count()).toBe(topic.references.length)
    await app.shot(page, `module-${topic.id}`)
    await app.done(guard)
  })

  // One test per module, so each stays inside the per-test timeout on a busy machine.
  it.each(topicIds)(
    'follows every section deep link of %s to its heading and marks it in the contents',
    async (id) => {
      const topic = (await realContent()).topics.find((t) => t.id === id)!
      const guard = await app.open(`/modules/${topic.id}`)
      const { page } = guard
      for (const section of [...topic.sections.map((s) => s.slug), 'references']) {
        await page.goto(app.url(`/modules/${topic.id}/${section}`))
        const heading = page.locator(`#pa-${section}`)
        await expect
          .poll(async () => (await heading.boundingBox())?.y ?? -1, {
            message: `${topic.id}/${section}`,
            // The first jump can wait for the module's layout on a busy machine.
            timeout: 15_000,
          })
          .toBeLessThan(200)
        expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(0)
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id))
          .toBe(`pa-${section}`)
      }
      await page.goto(app.url(`/modules/${topic.id}/red-flags`))
      await expect
        .poll(() => page.locator('.toc__link--active').first().textContent())
        .toContain('Red flags')
      await app.done(guard)
    },
  )

  it('keeps the library while a module is open: going back shows the same page, not a rebuilt one', async () => {
    const guard = await app.open('/')
    const { page } = guard
    const library = page.locator('#app[data-v-app] .library')
    await library.evaluate((element) => element.setAttribute('data-visit', 'first'))
    const link = page.locator('#app[data-v-app] .card__link').nth(2)
    await link.focus()
    await page.keyboard.press('Enter')
    await page.locator('.module-section').first().waitFor()
    // Kept out of the page while the module shows: no second page, nothing for find to reach.
    expect(await page.locator('.library').count()).toBe(0)
    expect(await page.title()).toMatch(/^.+ · Postcoital Atlas$/)
    await page.goBack()
    await expect.poll(() => library.getAttribute('data-visit')).toBe('first')
    // The window is named for the page shown again, not left with the module's name.
    expect(await page.title()).toBe('Postcoital Atlas')
    // Keyboard focus is back on the card the module was opened from.
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await page.locator('.card__title').count()).toBe(topicIds.length)
    await app.done(guard)
  })

  it('moves through the table of contents with the keyboard', async () => {
    const guard = await app.open('/modules/cramps-after-sex')
    const { page } = guard
    await page.keyboard.press('t')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-slug')))
      .toBe('learning-objectives')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(
      'physiology',
    )
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-slug'))).toBe(
      'references',
    )
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/#\/modules\/cramps-after-sex\/why-it-matters$/)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('pa-why-it-matters')
    await page.keyboard.press(']')
    await expect.poll(() => page.url()).toMatch(/\/physiology$/)
    await page.goBack()
    await expect.poll(() => page.url()).toMatch(/\/why-it-matters$/)
    await app.done(guard)
  })

  it('searches from the keyboard and opens a result', async () => {
    const guard = await app.open('/')
    const { page } = guard
    await page.keyboard.press('/')
    await page.keyboard.type('prolactin')
    await page.locator('#site-search-results [role="option"]').first().waitFor()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.url()).toMatch(/#\/reference\/hormones\/prolactin$/)
    await app.done(guard)
  })

  it('answers a quiz question with feedback and a running score', async () => {
    const guard = await app.open('/modules/cramps-after-orgasm/self-check')
    const { page } = guard
    const first = page.locator('.question').first()
    await first.locator('label.option').first().click()
    await expect.poll(() => first.locator('.question__feedback').isVisible()).toBe(true)
    await expect.poll(() => page.locator('.quiz__score').textContent()).toMatch(/of \d+/)
    await app.done(guard)
  })

  // A module renders its first sections with the page and the rest over the next frames; on a
  // tall screen the first two alone reach the bottom, which once left the second marked as the
  // section being read (and counted as reached by the learning record) with nothing scrolled.
  it('on a tall screen, marks the first section as the one being read, not the second', async () => {
    const guard = await app.open('/modules/cramps-after-orgasm', {
      viewport: { width: 1280, height: 3000 },
    })
    const { page } = guard
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expect
      .poll(() => page.locator('.toc__link--active').first().textContent())
      .toContain('Learning objectives')
    await app.done(guard)
  })

  it('reads well in dark theme and at projector size', async () => {
    const dark = await app.open('/modules/cramps-after-orgasm/what-patients-may-have-read', {
      colorScheme: 'dark',
    })
    expect(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(17, 21, 24)',
    )
    await app.shot(dark.page, 'module-myths-dark')
    await app.done(dark)
    const projector = await app.open('/modules/leg-twitching-after-sex/red-flags', {
      viewport: { width: 1920, height: 1080 },
    })
    await projector.page.selectOption('#text-size', 'projector')
    await app.shot(projector.page, 'module-red-flags-projector')
    expect(
      await projector.page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      ),
    ).toBeGreaterThan(22)
    await app.done(projector)
  })

  it('shows desktop-only features as unavailable in a plain browser', async () => {
    const guard = await app.open('/')
    expect(await guard.page.evaluate(() => 'api' in window)).toBe(false)
    await app.done(guard)
  })
})
