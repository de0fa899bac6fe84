import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ContentBundle } from '../../src/shared/content/model'
import { measureInitialJs } from '../../scripts/bench/initial-js'
import { realContent } from './content'
import { useApp } from './fixture'
import { axeProblems } from './axe'

/** Initial JS budget with the real content (issue 11): every eager script, gzipped. */
const BUDGET_GZIP = 200 * 1024
const RENDERER = 'out/renderer'
/** Opening a module renders a long page; on a busy two-core machine that can take seconds. */
const SLOW = { timeout: 15_000 }

/** Plain sentences from rendered HTML: ones that would appear verbatim in a JS or JSON string. */
function sentences(html: string): string[] {
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
  return (text.match(/[A-Z][^.!?]{50,200}[.!?]/g) ?? []).filter((s) => /^[\w ,.;:()-]+$/.test(s))
}

/** One clinical sentence per module, from its body, with the module it came from. */
function moduleSentences(bundle: ContentBundle): { topic: string; sentence: string }[] {
  return bundle.topics.map((topic) => {
    const html = topic.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'html' ? [b.html] : []))
      .join(' ')
    const sentence = sentences(html)[0]
    if (!sentence) throw new Error(`no plain sentence found in ${topic.id}`)
    return { topic: topic.id, sentence }
  })
}

describe('the built renderer', () => {
  let bundle: ContentBundle
  let eager: { file: string; text: string }[]
  beforeAll(async () => {
    bundle = await realContent()
    const initial = measureInitialJs(RENDERER)
    eager = await Promise.all(
      initial.files.map(async ({ file }) => ({
        file,
        text: await readFile(join(RENDERER, file), 'utf8'),
      })),
    )
  })

  it(`loads at most ${BUDGET_GZIP / 1024} KB of JavaScript (gzipped) before the first page`, () => {
    const { gzip, files } = measureInitialJs(RENDERER)
    expect(files.length).toBeGreaterThan(1)
    expect(files[0]!.file).toMatch(/^assets\/index-.+\.js$/)
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP)
  })

  it('keeps clinical text out of every eager script; it is in the content chunks', async () => {
    const chunkDir = join(RENDERER, 'assets/content')
    const chunkFiles = await readdir(chunkDir)
    for (const { topic, sentence } of moduleSentences(bundle)) {
      for (const { file, text } of eager)
        expect(text, `${file}: ${sentence}`).not.toContain(sentence)
      // The same sentence is in one of the module's two chunks, so the check above looks for
      // real text.
      const own = chunkFiles.filter(
        (f) => f.startsWith(`topic-${topic}-`) || f.startsWith(`topicRest-${topic}-`),
      )
      expect(own, `chunks for ${topic}`).toHaveLength(2)
      const texts = await Promise.all(own.map((f) => readFile(join(chunkDir, f), 'utf8')))
      expect(texts.join('\n')).toContain(sentence)
    }
  })

  it('keeps the catalogue out of the scripts, so they do not grow with the library', async () => {
    // Each module's summary is in the catalogue's file, and in no eager script.
    const folder = join(RENDERER, 'assets/content')
    const [name] = (await readdir(folder)).filter((f) => f.startsWith('catalogue-'))
    const catalogue = await readFile(join(folder, name!), 'utf8')
    for (const topic of bundle.topics) {
      const summary = JSON.stringify(topic.summary).slice(1, -1)
      expect(catalogue).toContain(summary)
      for (const { file, text } of eager) expect(text, file).not.toContain(summary)
    }
  })

  it('has a chunk file for everything the catalogue lists, and nothing else in its folder', async () => {
    const chunkFiles = new Set(await readdir(join(RENDERER, 'assets/content')))
    const expected = [
      ...bundle.topics.map((t) => `topic-${t.id}-`),
      ...bundle.topics.map((t) => `topicRest-${t.id}-`),
      ...bundle.handouts.map((h) => `handout-${h.topic}-`),
      ...bundle.hormones.map((e) => `hormone-${e.id}-`),
      ...bundle.conditions.map((e) => `condition-${e.id}-`),
      ...bundle.comparisons.map((c) => `comparison-${c.id}-`),
      ...bundle.decks.map((d) => `deck-${d.id}-`),
      'sources-all-',
      'outlines-all-',
      // The catalogue itself: what lists and links need, fetched as the page loads.
      'catalogue-',
    ]
    for (const prefix of expected)
      expect(
        [...chunkFiles].filter((f) => f.startsWith(prefix)),
        prefix,
      ).toHaveLength(1)
    expect(chunkFiles.size).toBe(expected.length)
  })
})

describe('content on demand in Chromium', () => {
  const app = useApp()

  it('fetches a module’s opening when its link is hovered, not before, and the rest once it is shown', async () => {
    const guard = await app.open('/')
    const { page } = guard
    const fetched: string[] = []
    page.on('request', (r) => {
      const name = r.url().split('/assets/content/')[1]
      if (name) fetched.push(name)
    })
    await page.waitForTimeout(300)
    expect(fetched).toEqual([])
    const [topic] = (await realContent()).topics
    await page.locator(`a[href="#/modules/${topic!.id}"]`).first().hover()
    await expect
      .poll(() => fetched.some((f) => f.startsWith(`topic-${topic!.id}-`)), SLOW)
      .toBe(true)
    expect(fetched.filter((f) => f.startsWith('topic-'))).toHaveLength(1)
    expect(fetched.filter((f) => f.startsWith('topicRest-'))).toEqual([])
    await page.locator(`a[href="#/modules/${topic!.id}"]`).first().click()
    await expect.poll(() => page.locator('#main h1').textContent(), SLOW).toBe(topic!.title)
    // Opening it fetched nothing again: the prefetched file was used.
    expect(fetched.filter((f) => f.startsWith(`topic-${topic!.id}-`))).toHaveLength(1)
    // The later sections came once, after the first screen, and the page is whole.
    await page.locator('[data-rendered="all"]').waitFor(SLOW)
    expect(fetched.filter((f) => f.startsWith('topicRest-'))).toEqual([
      expect.stringMatching(new RegExp(`^topicRest-${topic!.id}-`)),
    ])
    expect(await page.locator('.module-section').count()).toBe(topic!.sections.length)
    await app.done(guard)
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows what happened and recovers with Try again when a module's file is missing (${scheme})`, async () => {
      // bypassCSP only so axe-core can be injected for the audit below.
      const guard = await app.open('/', { colorScheme: scheme, bypassCSP: true })
      const { page } = guard
      const [topic] = (await realContent()).topics
      // As if the file were missing from the installed app.
      const missing = `**/assets/content/topic-${topic!.id}-*.json`
      await page.route(missing, (route) => route.fulfill({ status: 404, body: 'Not found' }))
      await page.goto(app.url(`/modules/${topic!.id}`))
      const heading = page.locator('#main h1')
      await expect.poll(() => heading.textContent(), SLOW).toBe('This module could not be opened')
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('unavailable-title')
      expect(await page.locator('#main').textContent()).toContain(topic!.title)
      await app.shot(page, `content-unavailable-${scheme}`)
      expect(await axeProblems(page, 'content unavailable')).toEqual([])
      await page.unroute(missing)
      await page.getByRole('button', { name: 'Try again' }).click()
      await expect.poll(() => heading.first().textContent(), SLOW).toBe(topic!.title)
      await page.locator('[data-rendered="all"]').waitFor(SLOW)
      // A failed fetch is logged by Chromium as a console error; nothing else may be.
      expect(guard.errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([])
      await guard.page.context().close()
    })
  }

  it('says what to do when the catalogue cannot be read, instead of a library that never wakes', async () => {
    // bypassCSP only so axe-core can be injected for the audit below.
    const guard = await app.open('/', { bypassCSP: true })
    const { page } = guard
    const missing = '**/assets/content/catalogue-*.json'
    await page.route(missing, (route) => route.fulfill({ status: 404, body: 'Not found' }))
    await page.reload()
    const heading = page.locator('.start-failed h1')
    await heading.waitFor(SLOW)
    expect(await heading.textContent()).toBe('The atlas could not open')
    expect(await page.locator('.start-failed p').textContent()).toBe(
      'The list of the library’s modules could not be read (HTTP 404). Close and reopen the app; if it still does not open, reinstall it.',
    )
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    // The prerendered library, which could never take a click, is gone.
    expect(await page.locator('.card').count()).toBe(0)
    expect(await page.title()).toBe('The atlas could not open · Postcoital Atlas')
    expect(await axeProblems(page, 'start failed')).toEqual([])
    await guard.page.context().close()
  })

  it('shows what happened when the rest of a module is missing, and Try again completes it', async () => {
    const guard = await app.open('/')
    const { page } = guard
    const [topic] = (await realContent()).topics
    const missing = `**/assets/content/topicRest-${topic!.id}-*.json`
    await page.route(missing, (route) => route.fulfill({ status: 404, body: 'Not found' }))
    await page.goto(app.url(`/modules/${topic!.id}`))
    const heading = page.locator('#main h1')
    // The first screen shows, then gives way to what happened: the module is not whole.
    await expect.poll(() => heading.textContent(), SLOW).toBe('This module could not be opened')
    const main = await page.locator('#main').textContent()
    expect(main).toContain(topic!.title)
    expect(main).toContain('(its later sections)')
    await page.unroute(missing)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => heading.first().textContent(), SLOW).toBe(topic!.title)
    await page.locator('[data-rendered="all"]').waitFor(SLOW)
    expect(await page.locator('.module-section').count()).toBe(topic!.sections.length)
    expect(guard.errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([])
    await guard.page.context().close()
  })
})
