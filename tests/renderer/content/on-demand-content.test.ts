import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { ContentBundle } from '@shared/content/model'
import {
  buildCatalogue,
  contentChunks,
  embeddedTables,
  type ChunkFile,
} from '@shared/content/catalogue'
import { createContentIndex } from '@renderer/content/content-index'
import { ChunkError, type ChunkRef } from '@renderer/content/chunk-error'
import { installContentGuard, installLinkPrefetch } from '@renderer/content/content-guard'
import { SEARCH_KEY } from '@renderer/search/search-service'
import App from '@renderer/App.vue'
import { compileFiles, readFixtureFiles, withSecondModule } from '../content'
import { RouteHost, globalFor, harness, type Harness } from '../mount-app'

/**
 * The on-demand loader over a fixture library of two modules, with a chunk source the test
 * controls: each request waits until the test answers it with the file, another text, or a
 * failure, so the order in which chunks arrive is the test's to choose.
 */
let bundle: ContentBundle
let chunks: ChunkFile[]
beforeAll(async () => {
  bundle = compileFiles(withSecondModule(await readFixtureFiles()))
  chunks = contentChunks(bundle)
})

const keyOf = (ref: ChunkRef) => `${ref.kind}:${ref.id}`

interface Request {
  key: string
  /** The page's main heading when the file was asked for. */
  heading: string | null
  answer(text?: string): void
  fail(error: Error): void
}

function controlled() {
  const requests: Request[] = []
  const files = new Map(chunks.map((c) => [keyOf(c), JSON.stringify(c)]))
  const catalogue = buildCatalogue(
    bundle,
    chunks.map((c) => ({
      kind: c.kind,
      id: c.id,
      hash: 'test',
      tables: embeddedTables(c.kind, c.data),
    })),
  )
  const index = createContentIndex(
    catalogue,
    (ref) =>
      new Promise<string>((resolve, reject) =>
        requests.push({
          key: keyOf(ref),
          heading: document.querySelector('h1')?.textContent ?? null,
          answer: (text = files.get(keyOf(ref))!) => resolve(text),
          fail: reject,
        }),
      ),
  )
  /** The oldest open request for `key`, once made (a route's view loads before its guard runs). */
  const requested = (key: string): Promise<void> =>
    vi.waitFor(
      () => {
        if (!requests.some((r) => r.key === key))
          throw new Error(`no request for ${key}; open: ${requests.map((r) => r.key).join(', ')}`)
      },
      { timeout: 10_000 },
    )
  const take = async (key: string): Promise<Request> => {
    await requested(key)
    return requests.splice(
      requests.findIndex((r) => r.key === key),
      1,
    )[0]!
  }
  /** Answers with the real file unless `text` is given. */
  const answer = async (key: string, text?: string) => {
    ;(await take(key)).answer(text)
    await flushPromises()
  }
  const fail = async (key: string, error = new Error('ENOENT')) => {
    ;(await take(key)).fail(error)
    await flushPromises()
  }
  return { index, requests, requested, answer, fail }
}

/** What `load` rejected with (a test fails if it resolved). */
async function rejection(promise: Promise<unknown>): Promise<ChunkError> {
  const result = await promise.then(
    () => null,
    (error: unknown) => error,
  )
  expect(result).toBeInstanceOf(ChunkError)
  return result as ChunkError
}

/** The module page, titled `title`, with every section rendered (the rest has arrived). */
async function expectWholeModule(wrapper: VueWrapper, title: string): Promise<void> {
  await flushPromises()
  expect(wrapper.find('main h1').text()).toBe(title)
  await vi.waitFor(() => expect(wrapper.find('article').attributes('data-rendered')).toBe('all'), {
    timeout: 10_000,
  })
}
/** The whole app on the harness's router and content, search answering nothing. */
function mountApp(h: Harness) {
  const global = globalFor(h)
  return mount(App, {
    global: { ...global, provide: { ...global.provide, [SEARCH_KEY as symbol]: async () => ({}) } },
    attachTo: document.body,
  })
}

describe('the on-demand content loader', () => {
  it('lists everything from the catalogue before any chunk is loaded', () => {
    const { index, requests } = controlled()
    expect(index.catalogue.topics.map((t) => t.title)).toEqual([
      'Leg cramps after sex',
      'Night cramps',
    ])
    expect(index.topicInfo('night-cramps')).toMatchObject({
      hasHandout: true,
      questions: bundle.topics[1]!.quiz.length,
    })
    expect(index.topic('leg-cramps')).toBeUndefined()
    expect(requests).toEqual([])
  })

  it('loads a module’s opening once, however often it is asked, and only that', async () => {
    const { index, requests, answer } = controlled()
    const first = index.load('topic', 'leg-cramps')
    index.prefetch([{ kind: 'topic', id: 'leg-cramps' }])
    const second = index.load('topic', 'leg-cramps')
    expect(requests.map((r) => r.key)).toEqual(['topic:leg-cramps'])
    await answer('topic:leg-cramps')
    expect(await first).toBe(await second)
    const whole = bundle.topics[0]!
    const opening = index.opening('leg-cramps')!
    expect(opening.title).toBe('Leg cramps after sex')
    // Every section's heading for the contents, the first two in full; no table to wait for.
    expect(opening.outline.map((s) => s.slug)).toEqual(whole.sections.map((s) => s.slug))
    expect(opening.sections).toEqual(whole.sections.slice(0, 2))
    expect(requests).toEqual([])
    // Not the whole module yet: its later sections, questions and references are elsewhere.
    expect(index.topic('leg-cramps')).toBeUndefined()
    await index.load('topic', 'leg-cramps')
    expect(requests).toEqual([])
  })

  it('loads the rest of a module with the tables it embeds, then has the whole module', async () => {
    const { index, requests, answer } = controlled()
    const opening = index.load('topic', 'leg-cramps')
    await answer('topic:leg-cramps')
    await opening
    const rest = index.load('topicRest', 'leg-cramps')
    await answer('topicRest:leg-cramps')
    // The rest is not "loaded" until its embedded table is: the page would be incomplete.
    expect(index.topic('leg-cramps')).toBeUndefined()
    expect(requests.map((r) => r.key)).toEqual(['comparison:cramp-table'])
    await answer('comparison:cramp-table')
    await rest
    expect(index.topic('leg-cramps')).toEqual(bundle.topics[0])
    // The same object each time, so a view's computed does not re-render for nothing.
    expect(index.topic('leg-cramps')).toBe(index.topic('leg-cramps'))
    expect(index.comparison('cramp-table')?.rows.length).toBeGreaterThan(0)
  })

  it('asks for the tables a chunk embeds together with the chunk, as the catalogue lists them', async () => {
    const { index, requests, answer } = controlled()
    const rest = index.load('topicRest', 'leg-cramps')
    // Both files are asked for before either arrives: the table does not wait for the module.
    expect(requests.map((r) => r.key)).toEqual(['comparison:cramp-table', 'topicRest:leg-cramps'])
    await answer('comparison:cramp-table')
    await answer('topicRest:leg-cramps')
    await rest
    expect(requests).toEqual([])
    expect(index.comparison('cramp-table')?.rows.length).toBeGreaterThan(0)
  })

  it('reports a missing rest of a module as that, keeps the opening, and loads it on the next try', async () => {
    const { index, requests, answer, fail } = controlled()
    const opening = index.load('topic', 'night-cramps')
    await answer('topic:night-cramps')
    await opening
    const attempt = rejection(index.load('topicRest', 'night-cramps'))
    await fail('topicRest:night-cramps', new TypeError('Failed to fetch'))
    const error = await attempt
    expect(error.reason).toBe('missing')
    expect(error.message).toContain('module “night-cramps” (its later sections)')
    expect(index.opening('night-cramps')?.title).toBe('Night cramps')
    expect(index.topic('night-cramps')).toBeUndefined()

    const retry = index.load('topicRest', 'night-cramps')
    // The table it embeds was asked for with the first try and is still on its way: once only.
    expect(requests.map((r) => r.key)).toEqual(['comparison:cramp-table', 'topicRest:night-cramps'])
    await answer('topicRest:night-cramps')
    await answer('comparison:cramp-table')
    expect((await retry).quiz).toHaveLength(bundle.topics[1]!.quiz.length)
    expect(index.topic('night-cramps')?.sections).toHaveLength(bundle.topics[1]!.sections.length)
  })

  it('reports a missing chunk, remembers nothing, and loads it on the next try', async () => {
    const { index, requests, answer, fail } = controlled()
    const attempt = rejection(index.load('hormone', 'oxytocin'))
    await fail('hormone:oxytocin', new TypeError('Failed to fetch'))
    const error = await attempt
    expect(error.reason).toBe('missing')
    expect(error.chunk).toEqual({ kind: 'hormone', id: 'oxytocin' })
    expect(error.message).toContain('hormone entry “oxytocin”')
    expect(index.entry('hormone', 'oxytocin')).toBeUndefined()

    const retry = index.load('hormone', 'oxytocin')
    expect(requests.map((r) => r.key)).toEqual(['hormone:oxytocin'])
    await answer('hormone:oxytocin')
    expect((await retry).entry.name).toBe('Oxytocin')
    expect(index.backlinks('hormone', 'oxytocin').length).toBeGreaterThan(0)
  })

  it('refuses a chunk for an id the catalogue does not list, without asking for a file', async () => {
    const { index, requests } = controlled()
    const error = await rejection(index.load('topic', 'no-such-module'))
    expect(error.reason).toBe('unknown')
    expect(requests).toEqual([])
    // A route to an unknown id opens, and its view says "not found" in its own words.
    await expect(index.ensure([{ kind: 'topic', id: 'no-such-module' }])).resolves.toBeUndefined()
    expect(index.has({ kind: 'topic', id: 'no-such-module' })).toBe(false)
  })

  it.each([
    ['truncated JSON', (json: string) => json.slice(0, json.length / 2), /not valid JSON/],
    [
      'another item’s file',
      (json: string) => json.replaceAll('"id":"oxytocin"', '"id":"prolactin"'),
      /not this item/,
    ],
    [
      'a file from another version',
      (json: string) => json.replace('"format":1', '"format":2'),
      /another version/,
    ],
    [
      'damaged data',
      (json: string) => json.replace(/"sections":\[/, '"sections":"none","was":['),
      /damaged: entry\.sections/,
    ],
  ])('refuses %s and caches nothing', async (_name, damage, message) => {
    const { index, answer } = controlled()
    const attempt = rejection(index.load('hormone', 'oxytocin'))
    const good = JSON.stringify(chunks.find((c) => c.kind === 'hormone')!)
    await answer('hormone:oxytocin', damage(good))
    const error = await attempt
    expect(error.reason).toBe('unreadable')
    expect(error.detail).toMatch(message)
    expect(index.entry('hormone', 'oxytocin')).toBeUndefined()
  })

  it('refuses the rest of a module whose questions are damaged, or that is another module’s', async () => {
    const { index, answer } = controlled()
    const good = JSON.stringify(chunks.find((c) => c.kind === 'topicRest')!)
    const damaged = rejection(index.load('topicRest', 'leg-cramps'))
    await answer('topicRest:leg-cramps', good.replace('"quiz":[', '"quiz":"none","was":['))
    expect((await damaged).detail).toMatch(/damaged: quiz/)
    const swapped = rejection(index.load('topicRest', 'night-cramps'))
    await answer('topicRest:night-cramps', good)
    expect((await swapped).detail).toMatch(/not this item/)
    expect(index.topic('leg-cramps')).toBeUndefined()
  })
})

describe('loading with the router', () => {
  let wrapper: VueWrapper | null = null
  afterEach(() => {
    wrapper?.unmount()
    wrapper = null
    document.body.innerHTML = ''
  })

  function setup() {
    const loader = controlled()
    const h: Harness = harness(loader.index)
    installContentGuard(h.router, loader.index)
    return { ...loader, h }
  }

  it('shows the module navigated to when a prefetch of another arrives later', async () => {
    const { h, index, answer, requests } = setup()
    await h.router.push('/')
    wrapper = mount(RouteHost, { global: globalFor(h), attachTo: document.body })
    await flushPromises()
    installLinkPrefetch(h.router, index, document)
    // Hovering the first card's link starts fetching that module's opening, and only that…
    const link = wrapper.find('a[href="/modules/leg-cramps"]')
    await link.trigger('pointerover')
    expect(requests.map((r) => r.key)).toEqual(['topic:leg-cramps'])
    // …but the reader opens the second module instead.
    const navigation = h.router.push('/modules/night-cramps')
    await flushPromises()
    await answer('topic:night-cramps')
    await navigation
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Night cramps')
    // The first module's file arrives late: it fills the cache and changes nothing on screen.
    await answer('topic:leg-cramps')
    expect(index.opening('leg-cramps')).toBeDefined()
    expect(h.router.currentRoute.value.fullPath).toBe('/modules/night-cramps')
    expect(wrapper.find('h1').text()).toBe('Night cramps')
    // The rest asked for is the module shown, not the one hovered.
    await answer('topicRest:night-cramps')
    expect(requests.map((r) => r.key)).not.toContain('topicRest:leg-cramps')
  })

  it('shows a module from its opening, then asks for the rest once the page is shown', async () => {
    const { h, answer, requests } = setup()
    await h.router.push('/')
    wrapper = mount(RouteHost, { global: globalFor(h), attachTo: document.body })
    const navigation = h.router.push('/modules/leg-cramps')
    await answer('topic:leg-cramps')
    await navigation
    await flushPromises()
    const article = () => wrapper!.find('article')
    expect(wrapper.find('h1').text()).toBe('Leg cramps after sex')
    const whole = bundle.topics[0]!
    // The contents list every section at once; the page has the first two and waits.
    expect(wrapper.findAll('.toc__list > li')).toHaveLength(whole.sections.length + 1)
    expect(wrapper.findAll('.module-section')).toHaveLength(2)
    expect(article().attributes('data-rendered')).toBe('some')
    await answer('topicRest:leg-cramps')
    await answer('comparison:cramp-table')
    await vi.waitFor(() => expect(article().attributes('data-rendered')).toBe('all'), {
      timeout: 10_000,
    })
    expect(wrapper.findAll('.module-section')).toHaveLength(whole.sections.length)
    expect(wrapper.findAll('.references li')).toHaveLength(whole.references.length)
    expect(wrapper.findAll('.question')).toHaveLength(whole.quiz.length)
    expect(requests).toEqual([expect.objectContaining({ key: 'handout:leg-cramps' })])
  })

  it('asks for the rest of a module only after the page showing its opening is there', async () => {
    const { h, answer, requested, requests } = setup()
    const asked: { key: string; heading: string | null }[] = []
    await h.router.push('/')
    wrapper = mount(RouteHost, { global: globalFor(h), attachTo: document.body })
    const navigation = h.router.push('/modules/leg-cramps')
    await requested('topic:leg-cramps')
    asked.push(...requests)
    await answer('topic:leg-cramps')
    await navigation
    await requested('topicRest:leg-cramps')
    asked.push(...requests)
    expect(asked.map(({ key, heading }) => [key, heading])).toEqual([
      ['topic:leg-cramps', 'Teaching modules'],
      // The rest's table is asked for with it (the catalogue lists it).
      ['comparison:cramp-table', 'Leg cramps after sex'],
      ['topicRest:leg-cramps', 'Leg cramps after sex'],
      ['handout:leg-cramps', 'Leg cramps after sex'],
    ])
  })

  it('waits for the rest of a module before a link to a later section lands there', async () => {
    const { h, answer, requested } = setup()
    await h.router.push('/')
    wrapper = mount(RouteHost, { global: globalFor(h), attachTo: document.body })
    let done = false
    const navigation = h.router.push('/modules/leg-cramps/red-flags').then(() => (done = true))
    await answer('topic:leg-cramps')
    await requested('topicRest:leg-cramps')
    expect(done).toBe(false)
    await answer('topicRest:leg-cramps')
    await answer('comparison:cramp-table')
    await navigation
    await flushPromises()
    expect(wrapper.find('#pa-red-flags').exists()).toBe(true)
    expect(document.activeElement?.id).toBe('pa-red-flags')
  })

  it('shows what happened when the rest of a module cannot be read; Try again completes it', async () => {
    const { h, fail, answer } = setup()
    await h.router.push('/')
    wrapper = mountApp(h)
    await flushPromises()
    const navigation = h.router.push('/modules/night-cramps')
    await answer('topic:night-cramps')
    await navigation
    await flushPromises()
    expect(wrapper.find('main h1').text()).toBe('Night cramps')
    await fail('topicRest:night-cramps')
    const main = wrapper.find('main')
    expect(main.find('h1').text()).toBe('This module could not be opened')
    expect(main.text()).toContain('Night cramps')
    expect(main.text()).toContain('(its later sections)')
    expect(document.activeElement?.id).toBe('unavailable-title')

    await main.find('button.button--primary').trigger('click')
    await answer('topicRest:night-cramps')
    await answer('comparison:cramp-table')
    await expectWholeModule(wrapper!, 'Night cramps')
  })

  it('says nothing on the next page when the rest of a module left behind cannot be read', async () => {
    const { h, fail, answer, requested, index } = setup()
    await h.router.push('/')
    wrapper = mountApp(h)
    const navigation = h.router.push('/modules/night-cramps')
    await answer('topic:night-cramps')
    await navigation
    await requested('topicRest:night-cramps')
    // The reader goes back to the library before the rest of the module arrives.
    await h.router.push('/')
    await fail('topicRest:night-cramps')
    expect(index.problem.value).toBeNull()
    expect(wrapper.find('main h1').text()).not.toBe('This module could not be opened')
    expect(wrapper.findAll('.card').length).toBeGreaterThan(0)
  })

  it('drops a slow navigation that a newer one overtook, whatever order the files arrive in', async () => {
    const { h, answer, requested } = setup()
    await h.router.push('/')
    wrapper = mount(RouteHost, { global: globalFor(h), attachTo: document.body })
    const slow = h.router.push('/modules/leg-cramps')
    // The first navigation is waiting for its module's file when the reader goes elsewhere.
    await requested('topic:leg-cramps')
    const fast = h.router.push('/reference/conditions/muscle-cramp')
    await flushPromises()
    await answer('condition:muscle-cramp')
    await fast
    await answer('topic:leg-cramps')
    await slow
    await flushPromises()
    expect(h.router.currentRoute.value.fullPath).toBe('/reference/conditions/muscle-cramp')
    expect(wrapper.find('h1').text()).toBe(
      bundle.conditions.find((c) => c.id === 'muscle-cramp')!.name,
    )
  })

  it('shows what happened, never a blank page, when a module cannot be read; Try again opens it', async () => {
    const { h, fail, answer } = setup()
    await h.router.push('/')
    wrapper = mountApp(h)
    await flushPromises()
    const navigation = h.router.push('/modules/night-cramps')
    await flushPromises()
    await fail('topic:night-cramps')
    await navigation
    await flushPromises()
    const main = wrapper.find('main')
    expect(main.find('h1').text()).toBe('This module could not be opened')
    expect(main.text()).toContain('Night cramps')
    expect(main.text()).toContain('could not be read')
    expect(main.text()).toContain('reinstall Postcoital Atlas')
    expect(document.activeElement?.id).toBe('unavailable-title')

    await main.find('button.button--primary').trigger('click')
    await flushPromises()
    await answer('topic:night-cramps')
    // Try again loads the whole module: no navigation follows to fetch the rest of it.
    await answer('topicRest:night-cramps')
    await answer('comparison:cramp-table')
    await expectWholeModule(wrapper!, 'Night cramps')
  })

  it('says so again, with the time, when Try again fails too', async () => {
    const { h, fail } = setup()
    await h.router.push('/')
    wrapper = mountApp(h)
    const navigation = h.router.push('/compare/cramp-table')
    await flushPromises()
    await fail('comparison:cramp-table')
    await navigation
    await flushPromises()
    expect(wrapper.find('main h1').text()).toBe('This comparison table could not be opened')
    await wrapper.find('main button.button--primary').trigger('click')
    await flushPromises()
    await fail('comparison:cramp-table')
    expect(wrapper.find('main [role="status"]').text()).toMatch(/^Still could not be read/)
    expect(wrapper.find('main h1').text()).toBe('This comparison table could not be opened')
  })

  it('says in the handout panel when the handout cannot be read, and Try again loads it', async () => {
    const { h, answer, fail } = setup()
    await h.router.push('/')
    wrapper = mountApp(h)
    const navigation = h.router.push('/modules/night-cramps')
    await answer('topic:night-cramps')
    await navigation
    // The route prefetched the handout; that fails, and so does the panel's own attempt.
    await fail('handout:night-cramps')
    await wrapper.find('button[aria-haspopup="dialog"][title^="Patient handout"]').trigger('click')
    await fail('handout:night-cramps')
    const dialog = () => wrapper!.find('dialog.panel')
    await vi.waitFor(() => expect(dialog().find('[role="alert"]').exists()).toBe(true))
    expect(dialog().find('h2').text()).toBe('Night cramps')
    expect(dialog().find('[role="alert"]').text()).toContain('could not be read')
    await dialog().find('button.button--primary').trigger('click')
    await answer('handout:night-cramps')
    await vi.waitFor(() => expect(dialog().find('.panel__preview').exists()).toBe(true))
    expect(dialog().find('[role="alert"]').exists()).toBe(false)
  })
})
