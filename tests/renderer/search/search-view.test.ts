import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { ContentBundle } from '@shared/content/model'
import { RouteHost } from '../mount-app'
import { realBundle } from '../content'
import { indexLoader, searchHarness } from './search-harness'

let real: ContentBundle
beforeAll(async () => {
  real = await realBundle()
  await indexLoader(real).load()
}, 60_000)

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

/** The results page at `path`, once its view, the index and the results are in. */
async function page(path: string, loader = indexLoader(real)) {
  const { h, global } = await searchHarness(real, loader.load)
  await h.router.push(path)
  await h.router.isReady()
  wrapper = mount(RouteHost, { global, attachTo: document.body })
  const w = wrapper
  await vi.waitFor(() => expect(w.find('h1').text()).toBe('Search'))
  await flushPromises()
  return { h, w }
}

const path = (h: { router: { currentRoute: { value: { fullPath: string } } } }) =>
  h.router.currentRoute.value.fullPath

// Each test loads the real index; on a busy two-core machine that takes seconds.
describe('the search results page', { timeout: 30_000 }, () => {
  it('groups every result by kind, with a filter per kind that has results', async () => {
    const { w } = await page('/search?q=sex')
    await vi.waitFor(() =>
      expect(w.find('.search-page__summary').text()).toMatch(/results for “sex”/),
    )
    const total = Number(/^(\d+) results/.exec(w.find('.search-page__summary').text())![1])
    const filters = w.findAll('.filters__item').map((f) => f.text())
    expect(filters[0]).toBe(`All ${total}`)
    const counts = filters.slice(1).map((f) => Number(/(\d+)$/.exec(f)![1]))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total)
    expect(filters.slice(1).map((f) => f.replace(/ \d+$/, ''))).toEqual(
      expect.arrayContaining(['Conditions', 'Modules', 'Module sections', 'Slides']),
    )
    // "All" shows up to five per kind, and a link to the rest.
    for (const group of w.findAll('.result-group')) {
      expect(group.findAll('.result').length).toBeLessThanOrEqual(5)
    }
    expect(w.find('.result-group__more').text()).toMatch(/^All \d+ /)
    expect(w.find('.filters__item[aria-current="page"]').text()).toBe(`All ${total}`)
  })

  it('filters by kind through the address, so a filtered search can be linked and gone back to', async () => {
    const { w, h } = await page('/search?q=sex')
    await vi.waitFor(() => expect(w.findAll('.filters__item').length).toBeGreaterThan(2))
    const conditions = w.findAll('.filters__item').find((f) => f.text().startsWith('Conditions'))!
    const count = Number(/(\d+)$/.exec(conditions.text())![1])
    await conditions.trigger('click')
    await vi.waitFor(() => expect(path(h)).toBe('/search?q=sex&kind=condition'))
    await flushPromises()
    expect(w.findAll('.result-group').map((g) => g.find('h2').text())).toEqual([
      `Conditions ${count}`,
    ])
    expect(w.findAll('.result')).toHaveLength(count)
    expect(w.find('.filters__item[aria-current="page"]').text()).toBe(`Conditions ${count}`)
  })

  it('shows one kind fifty at a time, with a button for more', async () => {
    const { w } = await page('/search?q=sex&kind=slide')
    await vi.waitFor(() => expect(w.findAll('.result').length).toBeGreaterThan(0))
    const total = Number(/(\d+)$/.exec(w.find('.result-group h2').text())![1])
    expect(total).toBeGreaterThan(50)
    expect(w.findAll('.result')).toHaveLength(50)
    const more = w.find('button.result-group__more')
    expect(more.text()).toBe(`Show ${Math.min(50, total - 50)} more`)
    await more.trigger('click')
    await flushPromises()
    expect(w.findAll('.result')).toHaveLength(Math.min(100, total))
  })

  it('says what an abbreviation means and links each result to its page', async () => {
    const { w } = await page('/search?q=SAH')
    await vi.waitFor(() => expect(w.findAll('.result').length).toBeGreaterThan(0))
    expect(w.find('.search-page__meaning').text()).toBe(
      'SAH means subarachnoid haemorrhage; results include both.',
    )
    const first = w.find('.result__link')
    expect(first.text()).toBe('Primary headache associated with sexual activity')
    expect(first.attributes('href')).toBe('/reference/conditions/sexual-headache')
  })

  it('keeps the field and the address in step', async () => {
    const { w, h } = await page('/search?q=twitch')
    const field = w.find('#search-page-field')
    expect((field.element as HTMLInputElement).value).toBe('twitch')
    await field.setValue('coil')
    await vi.waitFor(() => expect(path(h)).toBe('/search?q=coil'))
    await vi.waitFor(() =>
      expect(w.find('.search-page__summary').text()).toMatch(/results for “coil”/),
    )
  })

  it('moves between the field and the results with ↑ and ↓', async () => {
    const { w } = await page('/search?q=prolactin')
    await vi.waitFor(() => expect(w.findAll('.result__link').length).toBeGreaterThan(1))
    const links = w.findAll('.result__link')
    await w.find('#search-page-field').trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links[0]!.element)
    await links[0]!.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(links[1]!.element)
    await links[1]!.trigger('keydown', { key: 'ArrowUp' })
    await links[0]!.trigger('keydown', { key: 'ArrowUp' })
    expect(document.activeElement).toBe(w.find('#search-page-field').element)
  })

  it('when nothing matches: a spelling that works, the closest matches and what to try', async () => {
    const { w } = await page('/search?q=porlactinn%20surge')
    await vi.waitFor(() => expect(w.find('.no-results').exists()).toBe(true))
    expect(w.find('.search-page__summary').text()).toBe('No results for “porlactinn surge”')
    const suggestion = w.find('.no-results__did-you-mean a')
    expect(suggestion.text()).toBe('prolactin surge')
    expect(suggestion.attributes('href')).toBe('/search?q=prolactin+surge')
    expect(w.find('.no-results__tips').text()).toContain('an abbreviation (SAH, DVT)')
    const nothing = await page('/search?q=cauda%20equina%20xyzzy')
    await vi.waitFor(() => expect(nothing.w.find('.no-results').exists()).toBe(true))
    expect(nothing.w.find('.no-results .result__link').text()).toBe('Cauda equina syndrome')
  })

  it('before a word is typed, offers searches to try', async () => {
    const { w } = await page('/search')
    expect(w.findAll('.chip').map((c) => c.text())).toContain('painful sex')
    expect(w.find('.chip').attributes('href')).toBe('/search?q=CES')
    expect(document.title).toBe('Search · Postcoital Atlas')
  })

  it('says what to do when the snippets cannot be read, and still shows the results', async () => {
    const loader = indexLoader(real)
    loader.state.failTexts = true
    const { w } = await page('/search?q=cauda%20equina', loader)
    await vi.waitFor(() => expect(w.findAll('.result').length).toBeGreaterThan(0))
    expect(w.find('.result__snippet').exists()).toBe(false)
    expect(w.find('.search-page__note--error').text()).toMatch(
      /^Snippets could not be shown: texts-\d+\.json could not be read \(HTTP 404\)\. Close and reopen the app; if they are still missing, reinstall it\.$/,
    )
    // Read again for the next search, and the note goes once they are in.
    loader.state.failTexts = false
    await w.find('#search-page-field').setValue('cauda equina syndrome')
    await vi.waitFor(() => expect(w.find('.result__snippet').exists()).toBe(true))
    expect(w.find('.search-page__note--error').exists()).toBe(false)
  })
})
