import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { ContentBundle } from '@shared/content/model'
import SearchBox from '@renderer/search/components/SearchBox.vue'
import { useHandoutPanelStore } from '@renderer/stores/handout-panel-store'
import { compileFiles, readFixtureFiles, realBundle, withFile } from '../content'
import { indexLoader, searchHarness } from './search-harness'

let real: ContentBundle
beforeAll(async () => {
  real = await realBundle()
  // Build its index now, so each test's first search is not the one that pays for it.
  await indexLoader(real).load()
}, 60_000)

/** Where the router has gone, once its lazily loaded view has arrived. */
async function landsOn(
  h: { router: { currentRoute: { value: { fullPath: string } } } },
  path: string,
) {
  await vi.waitFor(() => expect(h.router.currentRoute.value.fullPath).toBe(path), { timeout: 5000 })
}

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

async function open(bundle: ContentBundle = real, failing = false) {
  const loader = indexLoader(bundle)
  loader.state.fail = failing
  const { h, global } = await searchHarness(bundle, loader.load)
  await h.router.push('/')
  await h.router.isReady()
  wrapper = mount(SearchBox, { global, attachTo: document.body })
  const input = wrapper.find('input')
  await input.trigger('focus')
  await flushPromises()
  const type = async (text: string) => {
    await input.setValue(text)
    await flushPromises()
  }
  const key = async (key: string, options: KeyboardEventInit = {}) => {
    await input.trigger('keydown', { key, ...options })
    await flushPromises()
  }
  const options = () => wrapper!.findAll('[role="option"]')
  const active = () =>
    wrapper!.find(`#${input.attributes('aria-activedescendant') ?? 'none'}`).text()
  return { h, input, type, key, options, active, loader, w: wrapper }
}

// Each test loads the real index; on a busy two-core machine that takes seconds.
describe('the quick search box', { timeout: 30_000 }, () => {
  it('loads the index when focused, once', async () => {
    const { loader, type } = await open()
    expect(loader.state.calls).toBe(1)
    await type('prolactin')
    await type('oxytocin')
    expect(loader.state.calls).toBe(1)
  })

  it('finds CES: its meaning, the condition first, grouped by kind, words marked', async () => {
    const { type, options, w, input } = await open()
    await type('CES')
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(w.find('.search__note').text()).toBe('CES: Cauda equina syndrome')
    expect(options()[0]!.find('.search__title').text()).toBe('Cauda equina syndrome')
    expect(w.findAll('.search__group')[0]!.text()).toBe('Conditions')
    expect(options()[0]!.find('.search__title mark').text()).toBe('Cauda equina syndrome')
    // Eight hits at most, then a link to all of them.
    expect(options()).toHaveLength(8)
    expect(w.find('a.search__all').text()).toMatch(/^All \d+ results, with filters/)
    expect(w.find('a.search__all').attributes('href')).toMatch(/\/search\?q=CES$/)
  })

  it('moves with ↑ and ↓ (wrapping), and Enter opens the active result', async () => {
    const { type, key, active, h, options } = await open()
    await type('painful sex')
    expect(active()).toContain('Dyspareunia')
    await key('ArrowDown')
    expect(active()).toBe(options()[1]!.text())
    await key('ArrowUp')
    await key('ArrowUp')
    expect(active()).toBe(options().at(-1)!.text())
    await key('ArrowDown')
    await key('Enter')
    await landsOn(h, '/reference/conditions/dyspareunia')
  })

  it('opens a patient handout in its panel, over its module', async () => {
    const { type, key, active, h } = await open()
    await type('leg twitching after sex')
    for (let i = 0; i < 9 && !/Patient handout/.test(active()); i++) await key('ArrowDown')
    expect(active()).toContain('Patient handout')
    await key('Enter')
    await landsOn(h, '/modules/leg-twitching-after-sex')
    await vi.waitFor(() =>
      expect(useHandoutPanelStore(h.pinia).topicId).toBe('leg-twitching-after-sex'),
    )
  })

  it('opens the full results page with Ctrl+Enter, or from its link', async () => {
    const { type, key, h, w } = await open()
    await type('period pain')
    await key('Enter', { ctrlKey: true })
    await landsOn(h, '/search?q=period+pain')
    await type('twitch')
    await w.find('a.search__all').trigger('click')
    await landsOn(h, '/search?q=twitch')
  })

  it('closes with Esc, then clears with a second Esc', async () => {
    const { type, key, input } = await open()
    await type('twitch')
    await key('Escape')
    expect(input.attributes('aria-expanded')).toBe('false')
    expect((input.element as HTMLInputElement).value).toBe('twitch')
    await key('Escape')
    expect((input.element as HTMLInputElement).value).toBe('')
  })

  it('when nothing matches, offers a spelling that works and the closest matches', async () => {
    const { type, key, active, options, w } = await open()
    await type('porlactinn surge')
    expect(w.text()).toContain('No results for “porlactinn surge”.')
    expect(options().map((o) => o.text())).toContain('Did you mean prolactin surge?')
    while (!active().startsWith('Did you mean')) await key('ArrowDown')
    await key('Enter')
    expect(options()[0]!.find('.search__title').text()).toBe('Prolactin')
  })

  it('says so when the index cannot load, and tries again on the next focus', async () => {
    const { type, w, input, loader, options } = await open(real, true)
    await type('prolactin')
    expect(w.find('.search__note--error').text()).toBe(
      'The search index could not be read (HTTP 404).',
    )
    expect(options()).toHaveLength(0)
    loader.state.fail = false
    await input.trigger('blur')
    await input.trigger('focus')
    await flushPromises()
    expect(loader.state.calls).toBe(2)
    expect(options()[0]!.find('.search__title').text()).toBe('Prolactin')
  })
})

describe('highlighting hostile content', () => {
  it('shows results without snippets when their texts cannot be read, and says what to do', async () => {
    const { loader, type, options, w } = await open()
    loader.state.failTexts = true
    await type('pudendal')
    await vi.waitFor(() => expect(options().length).toBeGreaterThan(0))
    expect(w.find('.search__snippet').exists()).toBe(false)
    expect(w.find('.search__note--error').text()).toMatch(
      /^Snippets could not be shown: .* could not be read \(HTTP 404\)\. Close and reopen the app; if they are still missing, reinstall it\.$/,
    )
    loader.state.failTexts = false
    await type('pudendal nerve')
    await vi.waitFor(() => expect(w.find('.search__snippet').exists()).toBe(true))
    expect(w.find('.search__note--error').exists()).toBe(false)
  })

  it('shows markup written in content as text, from compile to screen', async () => {
    const files = await readFixtureFiles()
    const path = 'conditions/muscle-cramp.md'
    const text = files.find((f) => f.path === path)!.text
    const hostile = text
      .replace('name: Exercise-associated muscle cramp', 'name: Cramp <b onclick="x()">bold</b>')
      .replace(
        'Painful, hard muscle',
        'Painful <img src=x onerror="window.pwned=1"> <script>window.pwned=1</script> muscle',
      )
    expect(hostile).not.toBe(text)
    const bundle = compileFiles(withFile(files, path, hostile), undefined, false)
    const { type, options } = await open(bundle)
    await type('painful cramp')
    const hit = options().find((o) => o.text().includes('Cramp <b'))!
    expect(hit.text()).toContain('Cramp <b onclick="x()">bold</b>')
    // (The Markdown typographer curls the quotes; the characters are otherwise as written.)
    expect(hit.text()).toMatch(/Painful <img src=x onerror=.window\.pwned=1.>/)
    expect(hit.findAll('*').map((e) => e.element.tagName)).not.toEqual(
      expect.arrayContaining(['B', 'IMG', 'SCRIPT']),
    )
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })
})
