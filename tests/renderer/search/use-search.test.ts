import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, type Ref } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { ContentBundle } from '@shared/content/model'
import { SEARCH_KEY, type SearchLoader } from '@renderer/search/search-service'
import { SNIPPET_WAIT_MS, useSearch } from '@renderer/search/useSearch'
import { fixtureBundle } from '../content'
import { indexLoader, strayIndex } from './search-harness'
import { buildSearchIndex, builtTextReader } from '@shared/search/index-file'
import { encodeSearchIndex } from '@shared/search/index-binary'
import { createSearcher } from '@shared/search/searcher'

let bundle: ContentBundle
beforeAll(async () => {
  bundle = await fixtureBundle()
}, 60_000)

let wrapper: VueWrapper | null = null
afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  vi.useRealTimers()
})

/** useSearch in a mounted component, searching for `typed` with `load`'s index. */
function mounted(typed: Ref<string>, load: SearchLoader): ReturnType<typeof useSearch> {
  let search!: ReturnType<typeof useSearch>
  wrapper = mount(
    defineComponent({
      setup() {
        search = useSearch({ query: typed })
        return () => h('div')
      },
    }),
    { global: { provide: { [SEARCH_KEY as symbol]: load } } },
  )
  return search
}

/** useSearch in a component, over the fixture's index with its text reads held. */
async function searching(query: string) {
  const loader = indexLoader(bundle)
  loader.state.holdTexts = true
  const typed = ref(query)
  const search = mounted(typed, loader.load)
  // The index loads; the first results ask for their texts. Waited for without timers, which
  // the tests below fake to hold the clock still.
  for (let turn = 0; turn < 10_000 && !loader.state.textReads; turn++)
    await new Promise<void>((done) => queueMicrotask(done))
  expect(loader.state.textReads).toBeGreaterThan(0)
  return { search, loader, typed }
}

const snippets = (search: ReturnType<typeof useSearch>) =>
  search.outcome.value?.hits.map((hit) => hit.snippet !== null) ?? null

describe('useSearch and the texts of snippets', () => {
  it('keeps new results back while their texts are read, then shows them with snippets', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { search, loader } = await searching('cramp')
    vi.advanceTimersByTime(SNIPPET_WAIT_MS - 10)
    await nextTick()
    expect(search.outcome.value).toBeNull()
    loader.releaseTexts()
    await flushPromises()
    const shown = snippets(search)!
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every(Boolean)).toBe(true)
  })

  it('shows them without snippets after the wait, and adds the snippets when the texts come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { search, loader } = await searching('cramp')
    vi.advanceTimersByTime(SNIPPET_WAIT_MS)
    await nextTick()
    expect(snippets(search)!.some(Boolean)).toBe(false)
    loader.releaseTexts()
    await flushPromises()
    expect(snippets(search)!.every(Boolean)).toBe(true)
  })

  it('does not wait again for results whose texts are already in', async () => {
    const { search, loader, typed } = await searching('cramp')
    loader.releaseTexts()
    await vi.waitFor(() => expect(snippets(search)?.every(Boolean)).toBe(true))
    const reads = loader.state.textReads
    const before = search.outcome.value
    typed.value = 'cramps'
    await nextTick()
    expect(search.outcome.value).not.toBe(before)
    expect(search.outcome.value?.query).toBe('cramps')
    expect(loader.state.textReads).toBe(reads)
  })

  it('stops with a message saying what to do when a search meets a broken part of the index', async () => {
    const built = buildSearchIndex(bundle)
    const { index, term } = strayIndex(built.file)
    const bytes = encodeSearchIndex(index)
    const typed = ref('leg cramps')
    const search = mounted(typed, async () => createSearcher(bytes, builtTextReader(built)))
    await vi.waitFor(() => expect(search.outcome.value?.total).toBeGreaterThan(0))
    expect(search.status.value).toBe('ready')
    typed.value = term
    await vi.waitFor(() => expect(search.status.value).toBe('error'))
    expect(search.error.value).toBe(
      `The search index does not fit this version of the app (term "${term}" names a missing document). Reinstall the app.`,
    )
    expect(search.outcome.value).toBeNull()
  })
})
