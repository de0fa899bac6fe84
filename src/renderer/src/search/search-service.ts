import { inject, type InjectionKey } from 'vue'
import type { Searcher } from '@shared/search/searcher'
import { brokenIndexMessage } from '@shared/search/search-index-error'
import { FETCH_MEASURE, LOAD_MEASURE } from '@shared/search/measures'

/** Loads the search index once; later calls share the same promise. */
export type SearchLoader = () => Promise<Searcher>

/** Provided once by the app (main.ts) and by tests, as content is. */
export const SEARCH_KEY: InjectionKey<SearchLoader> = Symbol('search')

/** Why search cannot run, in words for the person searching. */
export class SearchUnavailable extends Error {}

/**
 * An atlas with this few text files has all of them read as soon as the index loads, so its
 * results show with their snippets at once (the five-topic atlas has about ten, 0.6 MB in all).
 */
export const READ_ALL_TEXTS_UP_TO = 16

/** Fetches a JSON file named relative to the index's URL. */
function jsonBeside(indexUrl: string, fetchImpl: typeof fetch) {
  const folder = indexUrl.slice(0, indexUrl.lastIndexOf('/') + 1)
  return async (name: string): Promise<unknown> => {
    const response = await fetchImpl(folder + name)
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return response.json()
  }
}

/**
 * A loader for the index asset the build emits (`virtual:atlas-search-index` gives its URL).
 * A failed load is not remembered, so the next search tries again.
 */
export function assetLoader(url: string, fetchImpl: typeof fetch = fetch): SearchLoader {
  let loading: Promise<Searcher> | null = null
  const unreadable = (error: unknown) =>
    new SearchUnavailable(
      `The search index could not be read (${(error as Error).message}). Close and reopen the app; if search still fails, reinstall it.`,
    )
  return () =>
    (loading ??= (async () => {
      const fetchStart = performance.now()
      let bytes: ArrayBuffer
      try {
        const response = await fetchImpl(url)
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        bytes = await response.arrayBuffer()
      } catch (error) {
        throw unreadable(error)
      }
      // The query code loads with the index, not with the app.
      const { createSearcher } = await import('@shared/search/searcher')
      const loadStart = performance.now()
      performance.measure(FETCH_MEASURE, { start: fetchStart, end: loadStart })
      try {
        const searcher = createSearcher(bytes, jsonBeside(url, fetchImpl))
        performance.measure(LOAD_MEASURE, { start: loadStart, end: performance.now() })
        // A failure here shows later, as a result without its snippet (useSearch says why).
        if (searcher.textFileCount <= READ_ALL_TEXTS_UP_TO) searcher.loadAllTexts().catch(() => {})
        return searcher
      } catch (error) {
        throw new SearchUnavailable(brokenIndexMessage(error as Error))
      }
    })().catch((error: unknown) => {
      loading = null
      throw error
    }))
}

/** The app's index loader. */
export function useSearchLoader(): SearchLoader {
  const loader = inject(SEARCH_KEY, null)
  if (!loader) throw new Error('Search was not provided to the app')
  return loader
}
