import type { ListedDoc } from './index-format'
import { decodeSearchIndex, IndexFormatError } from './index-binary'
import { KIND_PRIOR, MIN_QUERY_LENGTH, SEARCH_KINDS, type SearchKind } from './kinds'
import { highlight, snippet, type MatchFinder, type Segment } from './snippet'
import { matchFinder } from './match-finder'
import { phraseMarks } from './phrase-marks'
import { Phrases, type PhraseMatch, type QueryWord } from './phrases'
import { createTermProcessor, termsOf, tokenize } from './terms'
import { didYouMean } from './did-you-mean'
import { Vocabulary } from './vocabulary'
import { Postings, PostingsError } from './postings'
import { QueryRunner, type BoolQuery, type TermQuery } from './query-runner'
import { rank, type Ranked } from './ranking'
import { TextStore, type ReadTextFile } from './text-store'
import { TextFileError } from './text-files'
import { SearchIndexError } from './search-index-error'

export { SearchIndexError }

/** One result, ready to show. */
export interface SearchHit extends ListedDoc {
  score: number
  /** The title with matched words marked. */
  titleParts: Segment[]
  /**
   * A piece of the text around the matched words, marked; null until the file holding the
   * document's text has been read (`loadTexts`).
   */
  snippet: Segment[] | null
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
  /**
   * Reads the text files that `hits` (from this searcher) without a snippet need; the same
   * search then has their snippets. Rejects with a message naming the file if one cannot be read.
   */
  loadTexts(hits: readonly SearchHit[]): Promise<void>
  /** Reads every text file (a small atlas has only a few). */
  loadAllTexts(): Promise<void>
  readonly documentCount: number
  readonly textFileCount: number
}

/** A synonym target's boost: the first named ranks first, the rest after it in order. */
const targetBoost = (rank: number): number => (rank === 0 ? 30 : 10 / rank)

/** Allowed typos by word length: none for abbreviations, one edit, two for long words. */
/**
 * The share of documents above which a word of what a query means is too common to mark on
 * its own (phrase-marks.ts): in the atlas "pelvic" is in 53% of documents, "syndrome" in 28%,
 * "bladder" in 23%, while "torsion", "cauda" and "noradrenaline" are in 5–16%.
 */
const COMMON_SHARE = 0.2
const fuzziness = (term: string): number => (term.length <= 3 ? 0 : term.length <= 6 ? 1 : 2)

/** `run`, with a broken index's errors as SearchIndexError. */
function reading<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    const broken = [IndexFormatError, PostingsError, TextFileError]
    if (broken.some((kind) => error instanceof kind))
      throw new SearchIndexError((error as Error).message)
    throw error
  }
}

/**
 * Loads the shipped index (the bytes index-binary.ts writes): the renderer calls this once, on
 * first use. `readTextFile` reads the files of texts it lists, when results need their snippets.
 */
export function createSearcher(
  bytes: ArrayBuffer | Uint8Array,
  readTextFile: ReadTextFile,
): Searcher {
  const file = reading(() => decodeSearchIndex(bytes))
  const { documents } = file
  const texts = reading(() => new TextStore(file.texts, documents.count, readTextFile))
  const uncached = createTermProcessor(file.spellings)
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
  const postings = reading(() => new Postings(file.postings, documents.count))
  const runner = new QueryRunner(postings)
  const kindOf = documents.kinds
  const priorOf = Float64Array.from(kindOf, (kind) => KIND_PRIOR[SEARCH_KINDS[kind]!])
  /** Each hit shown, with its document's number (for reading its text later). */
  const hitDocs = new WeakMap<SearchHit, number>()
  const phrases = new Phrases(file.groups)
  const surfaces = file.surfaces
  const vocabulary = new Vocabulary(postings.terms)
  const variants = new Map<string, string[]>()
  for (const [variant, spelling] of Object.entries(file.spellings))
    variants.set(spelling, [...(variants.get(spelling) ?? []), variant])
  const variantsOf = (term: string): string[] => variants.get(term) ?? []
  /** A word in more than a fifth of the documents ("pelvic", "pain", "syndrome" here). */
  const isCommon = (term: string): boolean => {
    const t = postings.terms.indexOf(term)
    return t >= 0 && postings.documentFrequency(t) > documents.count * COMMON_SHARE
  }

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
      if (!vocabulary.hasPrefix(term)) part.alternatives.push(...vocabulary.transpositions(term))
    }
    return { words, parts }
  }

  /**
   * One AND of the parts (OR when `loose`, for the closest matches); a part that is a known
   * phrase is an OR of it and what it means.
   */
  function queryOf(parts: PhraseMatch[], loose = false): BoolQuery {
    const last = parts.length - 1
    return {
      combineWith: loose ? 'OR' : 'AND',
      queries: parts.map((part, i) => {
        const typed: BoolQuery = {
          combineWith: 'AND',
          queries: termsOf(part.words.join(' '), processTerm).map((term): TermQuery => ({
            term,
            // The last word may still be being typed; earlier ones are whole words.
            prefix: i === last || term.length >= 4,
            fuzzy: fuzziness(term),
            boost: 1,
          })),
        }
        if (!part.alternatives.length) return typed
        return {
          combineWith: 'OR',
          queries: [
            typed,
            ...part.alternatives.map((text): BoolQuery => ({
              combineWith: 'AND',
              queries: termsOf(text, processTerm).map((term) => ({
                term,
                prefix: false,
                fuzzy: 0,
                // What a word means counts for a little less than the word itself.
                boost: 0.7,
              })),
            })),
          ],
        }
      }),
    }
  }

  function run(
    parts: PhraseMatch[],
    options: { limit: number; kind: SearchKind | null; perKind?: number; loose?: boolean },
  ) {
    const boosts = new Map<number, number>()
    for (const part of parts) {
      part.targets.forEach((id, rank) => {
        const doc = file.targetDocs.get(id)
        if (doc !== undefined) boosts.set(doc, Math.max(boosts.get(doc) ?? 1, targetBoost(rank)))
      })
    }
    return runner.run(queryOf(parts, options.loose), (matches) => ({
      ...rank(matches, {
        kindOf,
        kinds: SEARCH_KINDS.length,
        prior: priorOf,
        boosts,
        limit: options.limit,
        kind: options.kind === null ? null : SEARCH_KINDS.indexOf(options.kind),
        perKind: options.perKind,
      }),
      derived: matches.derived,
    }))
  }

  function present(
    ranked: Ranked,
    derived: Set<number>,
    snippetLength: number,
    marks: (find: MatchFinder) => MatchFinder,
  ): SearchHit {
    const terms = [...derived]
      .filter((t) => postings.has(t, ranked.doc))
      .map((t) => postings.terms.terms[t]!)
    const find = marks(matchFinder(terms, processTerm, variantsOf))
    const { id, kind, title, context, href, handout } = documents.get(ranked.doc)
    const text = texts.get(ranked.doc)
    const hit: SearchHit = {
      id,
      kind,
      title,
      context,
      href,
      score: ranked.score,
      titleParts: highlight(title, find),
      snippet: text === undefined ? null : snippet(text, find, snippetLength),
    }
    if (handout) hit.handout = handout
    hitDocs.set(hit, ranked.doc)
    return hit
  }

  const countsOf = (counts: number[]): Record<SearchKind, number> =>
    Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, counts[i] ?? 0])) as Record<
      SearchKind,
      number
    >

  return {
    documentCount: documents.count,
    textFileCount: texts.fileCount,
    loadTexts: (hits) =>
      texts.load(hits.flatMap((hit) => (hit.snippet ? [] : (hitDocs.get(hit) ?? [])))),
    loadAllTexts: () => texts.loadAll(),
    search: (query, { limit = 8, kind = null, perKind, snippetLength = 160 } = {}) =>
      reading(() => {
        const { words, parts } = parse(query)
        if (query.trim().length < MIN_QUERY_LENGTH || !words.length)
          return { query, hits: [], total: 0, counts: countsOf([]), meanings: [] }
        const found = run(parts, { limit, kind, perKind })
        const marks = phraseMarks(parts, processTerm, isCommon)
        return {
          query,
          hits: found.top.map((ranked) => present(ranked, found.derived, snippetLength, marks)),
          total: found.total,
          counts: countsOf(found.counts),
          meanings: parts.flatMap((part) => part.meanings),
        }
      }),
    suggest: (query, limit = 5) =>
      reading(() => {
        const { words, parts } = parse(query)
        if (!words.length) return { didYouMean: null, closest: [] }
        const corrected = didYouMean(words, postings, vocabulary, surfaces, query)
        const didYouMeanQuery =
          corrected && run(parse(corrected).parts, { limit: 0, kind: null }).total
            ? corrected
            : null
        const closest = run(parts, { limit, kind: null, loose: true })
        const marks = phraseMarks(parts, processTerm, isCommon)
        return {
          didYouMean: didYouMeanQuery,
          closest: closest.top.map((ranked) => present(ranked, closest.derived, 160, marks)),
        }
      }),
  }
}
