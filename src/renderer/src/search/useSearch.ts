import { computed, onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { MIN_QUERY_LENGTH, type SearchKind } from '@shared/search/kinds'
import type { Searcher, SearchOutcome, Suggestions } from '@shared/search/searcher'
import { brokenIndexMessage, SearchIndexError } from '@shared/search/search-index-error'
import { useSearchLoader } from './search-service'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'

/** How long new results wait for their snippets' texts before they show without them. */
export const SNIPPET_WAIT_MS = 150

export interface SearchInput {
  query: MaybeRefOrGetter<string>
  kind?: MaybeRefOrGetter<SearchKind | null>
  limit?: MaybeRefOrGetter<number>
  perKind?: MaybeRefOrGetter<number | undefined>
  snippetLength?: number
}

/**
 * Search as reactive state: the outcome follows the query, kind and limit; suggestions are
 * worked out only when nothing matched. The index loads on `load()` or the first query. Results
 * whose texts (for snippets) are not read yet ask for them and stay off screen until they are
 * in, up to SNIPPET_WAIT_MS, so a list does not grow under the reader as snippets arrive.
 */
export function useSearch(input: SearchInput) {
  const loader = useSearchLoader()
  const searcher = shallowRef<Searcher | null>(null)
  const status = shallowRef<SearchStatus>('idle')
  const error = shallowRef('')

  async function load(): Promise<void> {
    if (status.value === 'ready' || status.value === 'loading') return
    status.value = 'loading'
    try {
      searcher.value = await loader()
      status.value = 'ready'
    } catch (problem) {
      error.value = (problem as Error).message
      status.value = 'error'
    }
  }

  /**
   * `run` (a search), or null when it meets a broken part of the index: search then stops with
   * the same message as an index that does not load (set after the computed that ran it).
   */
  function guarded<T>(run: () => T): T | null {
    try {
      return run()
    } catch (problem) {
      if (!(problem instanceof SearchIndexError)) throw problem
      queueMicrotask(() => {
        searcher.value = null
        error.value = brokenIndexMessage(problem)
        status.value = 'error'
      })
      return null
    }
  }

  const query = computed(() => toValue(input.query))
  /** Whether the query is long enough to search (one letter would match half the atlas). */
  const searchable = computed(() => query.value.trim().length >= MIN_QUERY_LENGTH)
  // A load that failed is tried again on `load()` (focus), not at every keystroke.
  watch(searchable, (yes) => yes && status.value === 'idle' && void load(), { immediate: true })

  /** Bumped when text files have been read, so the same search is run again with snippets. */
  const textsRead = shallowRef(0)
  const snippetsError = shallowRef('')
  const found = computed<SearchOutcome | null>(() => {
    void textsRead.value
    const ready = searcher.value
    if (!searchable.value || !ready) return null
    return guarded(() =>
      ready.search(query.value, {
        kind: toValue(input.kind) ?? null,
        limit: toValue(input.limit) ?? 8,
        perKind: toValue(input.perKind),
        snippetLength: input.snippetLength,
      }),
    )
  })
  const foundSuggestions = computed<Suggestions | null>(() =>
    found.value && found.value.total === 0 && searcher.value
      ? guarded(() => searcher.value!.suggest(query.value))
      : null,
  )

  const outcome = shallowRef<SearchOutcome | null>(null)
  const suggestions = shallowRef<Suggestions | null>(null)
  let waiting: ReturnType<typeof setTimeout> | undefined
  function show(): void {
    clearTimeout(waiting)
    waiting = undefined
    outcome.value = found.value
    suggestions.value = foundSuggestions.value
  }
  watch(
    [found, foundSuggestions],
    ([now, closest]) => {
      const missing = [...(now?.hits ?? []), ...(closest?.closest ?? [])].filter((h) => !h.snippet)
      if (!missing.length || !searcher.value) return show()
      searcher.value.loadTexts(missing).then(
        () => {
          snippetsError.value = ''
          textsRead.value++
        },
        (problem: unknown) => {
          snippetsError.value = `Snippets could not be shown: ${(problem as Error).message}. Close and reopen the app; if they are still missing, reinstall it.`
          show()
        },
      )
      // Typing on does not restart the wait: results show at the latest this long after the
      // first keystroke that needed a text.
      waiting ??= setTimeout(show, SNIPPET_WAIT_MS)
    },
    { immediate: true },
  )
  onScopeDispose(() => clearTimeout(waiting))

  return { status, error, searchable, outcome, suggestions, snippetsError, load }
}
