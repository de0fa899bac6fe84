import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue'
import { MIN_QUERY_LENGTH, type SearchKind } from '@shared/search/kinds'
import type { Searcher, SearchOutcome, Suggestions } from '@shared/search/searcher'
import { useSearchLoader } from './search-service'

export type SearchStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface SearchInput {
  query: MaybeRefOrGetter<string>
  kind?: MaybeRefOrGetter<SearchKind | null>
  limit?: MaybeRefOrGetter<number>
  perKind?: MaybeRefOrGetter<number | undefined>
  snippetLength?: number
}

/**
 * Search as reactive state: the outcome follows the query, kind and limit; suggestions are
 * worked out only when nothing matched. The index loads on `load()` or the first query.
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

  const query = computed(() => toValue(input.query))
  /** Whether the query is long enough to search (one letter would match half the atlas). */
  const searchable = computed(() => query.value.trim().length >= MIN_QUERY_LENGTH)
  // A load that failed is tried again on `load()` (focus), not at every keystroke.
  watch(searchable, (yes) => yes && status.value === 'idle' && void load(), { immediate: true })

  const outcome = computed<SearchOutcome | null>(() => {
    if (!searchable.value || !searcher.value) return null
    return searcher.value.search(query.value, {
      kind: toValue(input.kind) ?? null,
      limit: toValue(input.limit) ?? 8,
      perKind: toValue(input.perKind),
      snippetLength: input.snippetLength,
    })
  })
  const suggestions = computed<Suggestions | null>(() =>
    outcome.value && outcome.value.total === 0 && searcher.value
      ? searcher.value.suggest(query.value)
      : null,
  )

  return { status, error, searchable, outcome, suggestions, load }
}
