import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { ContentBundle } from '@shared/content/model'
import { buildCatalogue, contentChunks, type ChunkFile } from '@shared/content/catalogue'
import type { CitedSource } from '@shared/content/cited-sources'
import { createContentIndex } from '@renderer/content/content-index'
import { fixtureBundle } from './content'
import { RouteHost, at, globalFor, harness } from './mount-app'

let bundle: ContentBundle
beforeAll(async () => {
  bundle = await fixtureBundle()
})

/** The fixture's content, with a Sources list where one source is cited in `places` places. */
async function sourcesPage(places: number) {
  const cited: CitedSource = {
    key: 'many',
    text: 'A source cited everywhere.',
    citedIn: Array.from({ length: places }, (_, i) => ({
      title: `Place ${i + 1}`,
      path: `/modules/leg-cramps?n=${i}`,
    })),
  }
  const chunks = contentChunks(bundle).map((c): ChunkFile =>
    c.kind === 'sources' ? { ...c, data: [cited] } : c,
  )
  const texts = new Map(chunks.map((c) => [`${c.kind}:${c.id}`, JSON.stringify(c)]))
  const catalogue = buildCatalogue(
    bundle,
    chunks.map((c) => ({ ...c, hash: 'test' })),
  )
  const index = createContentIndex(catalogue, async (ref) => texts.get(`${ref.kind}:${ref.id}`)!)
  await index.load('sources', 'all')
  const h = harness(index)
  await at(h, '/sources')
  const w = mount(RouteHost, { global: globalFor(h) })
  await flushPromises()
  return w
}

describe('the Sources page with a large library', () => {
  let w: VueWrapper | null = null
  afterEach(() => w?.unmount())

  it('shows the first twelve places a source is cited in, and the rest when asked', async () => {
    w = await sourcesPage(500)
    const cited = () => w!.find('.sources__cited')
    expect(cited().findAll('a')).toHaveLength(12)
    expect(cited().text()).toContain('Place 12, ')
    const more = cited().find('button')
    expect(more.text()).toBe('488 more places')
    await more.trigger('click')
    expect(cited().findAll('a')).toHaveLength(500)
    expect(cited().find('button').exists()).toBe(false)
    expect(cited().text()).toMatch(/Place 499, Place 500\s*$/)
  })

  it('lists a short list whole, without a button for one more place', async () => {
    w = await sourcesPage(13)
    expect(w.find('.sources__cited').findAll('a')).toHaveLength(13)
    expect(w.find('.sources__cited button').exists()).toBe(false)
  })
})
