import type { ContentBundle } from '@shared/content/model'
import { buildSearchIndex, type SearchIndexFile } from '@shared/search/index-file'
import { createSearcher } from '@shared/search/searcher'
import { SEARCH_KEY, type SearchLoader } from '@renderer/search/search-service'
import { contentFromBundle } from '@renderer/content/bundle-content'
import { globalFor, harness, type Harness } from '../mount-app'

const built = new WeakMap<ContentBundle, string>()
/** The index as the asset's JSON text, built once per bundle (it takes seconds). */
function jsonOf(bundle: ContentBundle): string {
  let json = built.get(bundle)
  if (json === undefined) built.set(bundle, (json = JSON.stringify(buildSearchIndex(bundle))))
  return json
}

/**
 * A loader over `bundle`'s index, built as the build builds it and passed through JSON as the
 * app receives it; `calls` counts loads, `fail` makes the next loads fail.
 */
export function indexLoader(bundle: ContentBundle) {
  const json = jsonOf(bundle)
  const state = { calls: 0, fail: false }
  const load: SearchLoader = async () => {
    state.calls++
    if (state.fail) throw new Error('The search index could not be read (HTTP 404).')
    return createSearcher(JSON.parse(json) as SearchIndexFile)
  }
  return { load, state }
}

/** Mounting options with the app's plugins, the content and its search index. */
export async function searchHarness(bundle: ContentBundle, load: SearchLoader) {
  const h: Harness = harness(await contentFromBundle(bundle))
  const base = globalFor(h)
  return { h, global: { ...base, provide: { ...base.provide, [SEARCH_KEY as symbol]: load } } }
}
