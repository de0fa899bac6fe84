import MiniSearch, { type Query, type SearchResult } from 'minisearch'
import type { SearchDoc } from './documents'
import {
  miniSearchOptions,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
  type StoredDoc,
} from './index-file'
import { KIND_PRIOR, MIN_QUERY_LENGTH, SEARCH_KINDS, type SearchKind } from './kinds'
import { highlight, snippet, type Segment } from './snippet'
import { matchFinder } from './match-finder'
import { Phrases, type PhraseMatch, type QueryWord } from './phrases'
import { tokenize } from './terms'
import { didYouMean } from './did-you-mean'
import { Vocabulary } from './vocabulary'

/** One result, ready to show. */
export interface SearchHit extends StoredDoc {
  id: string
  score: number
  /** The title with matched words marked. */
  titleParts: Segment[]
  /** A piece of the text around the matched words, marked. */
  snippet: Segment[]
}

/** "SAH" means subarachnoid haemorrhage: shown so the reader knows what was searched for. */
export interface Meaning {
  typed: string
  means: string
}

export interface SearchOutcome {
  query: string
  /** Best first; only `limit` of them, and only of `kind` when a kind is asked for. */
  hits: SearchHit[]
  /** How many documents matched, of any kind. */
  total: number
  /** How many matched of each kind (for the filters). */
  counts: Record<SearchKind, number>
  meanings: Meaning[]
}

export interface SearchOptions {
  limit?: number
  kind?: SearchKind | null
  /** At most this many hits of each kind (the results page's "All" view shows a few of each). */
  perKind?: number
  /** Snippet length in characters. */
  snippetLength?: number
}

export interface Suggestions {
  /** A corrected query that finds something, or null. */
  didYouMean: string | null
  /** The nearest documents when nothing matched every word: any word, looser spelling. */
  closest: SearchHit[]
}

export interface Searcher {
  search(query: string, options?: SearchOptions): SearchOutcome
  /** For "no results": a spelling correction and the closest matches. */
  suggest(query: string, limit?: number): Suggestions
  readonly documentCount: number
}

/** A synonym target's boost: the first named ranks first, the rest after it in order. */
const targetBoost = (rank: number): number => (rank === 0 ? 30 : 10 / rank)

/** Allowed typos by word length: none for abbreviations, one edit, two for long words. */
const fuzziness = (term: string): number => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2)

/** Thrown when the asset is not an index this code can read (an old build, a broken file). */
export class SearchIndexError extends Error {}

/** Loads the shipped index: the renderer calls this once, on first use. */
export function createSearcher(file: SearchIndexFile): Searcher {
  if (file?.version !== SEARCH_INDEX_VERSION || !file.index) {
    throw new SearchIndexError(
      `the search index is version ${String(file?.version)}, this app reads version ${SEARCH_INDEX_VERSION}`,
    )
  }
  const options = miniSearchOptions(file.spellings)
  const uncached = options.processTerm as (word: string) => string | null
  // Snippets process every word of a hit's text, and the same words recur in every query:
  // remembering them makes highlighting cheap. Cleared when large, to bound memory.
  const processed = new Map<string, string | null>()
  const processTerm = (word: string): string | null => {
    let term = processed.get(word)
    if (term === undefined) {
      if (processed.size > 50_000) processed.clear()
      term = uncached(word)
      processed.set(word, term)
    }
    return term
  }
  options.processTerm = processTerm
  const index = MiniSearch.loadJS<SearchDoc>(file.index, options)
  const phrases = new Phrases(file.groups)
  // Needed only for words the index does not know: built on the first such word.
  // (Only the terms are kept: the serialised index itself can be collected once loaded.)
  const terms = file.index.index.map(([term]) => term)
  const surfaces = file.surfaces
  let known: Vocabulary | null = null
  const vocabulary = (): Vocabulary => (known ??= new Vocabulary(terms))
  const variants = new Map<string, string[]>()
  for (const [variant, spelling] of Object.entries(file.spellings))
    variants.set(spelling, [...(variants.get(spelling) ?? []), variant])
  const variantsOf = (term: string): string[] => variants.get(term) ?? []

  function parse(query: string) {
    const words = tokenize(query).flatMap((token): QueryWord[] => {
      const term = processTerm(token.word)
      return term ? [{ ...token, term }] : []
    })
    const parts = phrases.segment(words, query)
    // A word the index does not know, not even as a beginning, may have two letters swapped.
    for (const part of parts) {
      if (part.alternatives.length || part.words.length !== 1) continue
      const term = processTerm(part.words[0]!)!
      if (!vocabulary().hasPrefix(term))
        part.alternatives.push(...vocabulary().transpositions(term))
    }
    return { words, parts }
  }

  /**
   * One AND of the parts (OR when `loose`, for the closest matches); a part that is a known
   * phrase is an OR of it and what it means.
   */
  function queryOf(parts: PhraseMatch[], loose = false): Query {
    const last = parts.length - 1
    return {
      combineWith: loose ? 'OR' : 'AND',
      queries: parts.map((part, i) => {
        const typed: Query = {
          queries: [part.words.join(' ')],
          combineWith: 'AND',
          // The last word may still be being typed; earlier ones are whole words.
          prefix: (term) => i === last || term.length >= 4,
          fuzzy: fuzziness,
        }
        if (!part.alternatives.length) return typed
        return {
          combineWith: 'OR',
          queries: [
            typed,
            ...part.alternatives.map((text) => ({
              queries: [text],
              combineWith: 'AND' as const,
              prefix: false,
              fuzzy: false,
              // What a word means counts for a little less than the word itself.
              boostTerm: () => 0.7,
            })),
          ],
        }
      }),
    }
  }

  function run(parts: PhraseMatch[], loose = false): SearchResult[] {
    const boosts = new Map<string, number>()
    for (const part of parts) {
      part.targets.forEach((id, rank) =>
        boosts.set(id, Math.max(boosts.get(id) ?? 1, targetBoost(rank))),
      )
    }
    return index.search(queryOf(parts, loose), {
      boost: { title: 5, keywords: 3, context: 1.5, text: 1 },
      boostDocument: (id: string, _term, stored) =>
        (boosts.get(id) ?? 1) * KIND_PRIOR[(stored as StoredDoc | undefined)?.kind ?? 'section'],
    })
  }

  function present(result: SearchResult, snippetLength: number): SearchHit {
    const find = matchFinder(result.terms, processTerm, variantsOf)
    const stored = result as unknown as StoredDoc
    const hit: SearchHit = {
      id: String(result.id),
      kind: stored.kind,
      title: stored.title,
      context: stored.context,
      href: stored.href,
      text: stored.text,
      score: result.score,
      titleParts: highlight(stored.title, find),
      snippet: snippet(stored.text, find, snippetLength),
    }
    if (stored.handout) hit.handout = stored.handout
    return hit
  }

  const emptyCounts = (): Record<SearchKind, number> =>
    Object.fromEntries(SEARCH_KINDS.map((k) => [k, 0])) as Record<SearchKind, number>

  return {
    documentCount: index.documentCount,
    search(query, { limit = 8, kind = null, perKind, snippetLength = 160 } = {}) {
      const counts = emptyCounts()
      const { words, parts } = parse(query)
      if (query.trim().length < MIN_QUERY_LENGTH || !words.length)
        return { query, hits: [], total: 0, counts, meanings: [] }
      const results = run(parts)
      for (const result of results) counts[(result as unknown as StoredDoc).kind]++
      const taken = emptyCounts()
      const wanted = results.filter((r) => {
        const of = (r as unknown as StoredDoc).kind
        if (kind && of !== kind) return false
        return perKind === undefined || taken[of]++ < perKind
      })
      return {
        query,
        hits: wanted.slice(0, limit).map((r) => present(r, snippetLength)),
        total: results.length,
        counts,
        meanings: parts.flatMap((part) => part.meanings),
      }
    },
    suggest(query, limit = 5) {
      const { words, parts } = parse(query)
      if (!words.length) return { didYouMean: null, closest: [] }
      const corrected = didYouMean(words, index, vocabulary(), surfaces, query)
      const didYouMeanQuery = corrected && run(parse(corrected).parts).length ? corrected : null
      const closest = run(parts, true)
        .slice(0, limit)
        .map((r) => present(r, 160))
      return { didYouMean: didYouMeanQuery, closest }
    },
  }
}
