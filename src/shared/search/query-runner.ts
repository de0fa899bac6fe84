import type { Postings } from './postings'

/** One processed query word, with how loosely it may match. */
export interface TermQuery {
  term: string
  /** Also terms that start with it (the word may still be being typed). */
  prefix: boolean
  /** Also terms this many edits away (0: none). */
  fuzzy: number
  /** Its weight against the query's other words. */
  boost: number
}

/** Words and groups of them, all required (AND) or any (OR). */
export interface BoolQuery {
  combineWith: 'AND' | 'OR'
  queries: (TermQuery | BoolQuery)[]
}

/**
 * Every document's score for a query, indexed by document number. A document matched when its
 * mask is not 0; the mask has one bit per distinct query word it matched.
 */
export interface Matches {
  scores: Float64Array
  masks: Int32Array
  /** The index terms the query's words stood for (for highlighting a hit). */
  derived: Set<number>
}

interface Scored {
  scores: Float64Array
  masks: Int32Array
}

/** A query word's index terms, each with the share of its score it gives. */
interface Expansion {
  term: number
  factor: number
}

// MiniSearch's weights for looser matches, so ranking stays what the library would give: a
// longer completion or a further spelling counts for less.
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45

/** Masks are 31-bit: words beyond that share the last bit (no real query has 31 words). */
const MAX_BITS = 31

/**
 * Runs queries over the postings with dense score arrays, one slot per document: a common word
 * at hundreds of topics touches tens of thousands of documents, and typed arrays add their
 * scores in a fraction of the time that a map per result would.
 */
export class QueryRunner {
  // People type a query one letter at a time, so the same words are expanded again and again.
  private readonly expansions = new Map<string, Expansion[]>()
  // Score arrays are reused: allocating megabytes per keystroke makes the collector pause.
  private readonly spare: Scored[] = []

  constructor(private readonly postings: Postings) {}

  /** Runs `query` and hands the matches to `use`; they are reused after it returns. */
  run<T>(query: BoolQuery, use: (matches: Matches) => T): T {
    const bits = new Map<string, number>()
    const derived = new Set<number>()
    const bitOf = (term: string): number => {
      let bit = bits.get(term)
      if (bit === undefined) {
        bit = 1 << Math.min(bits.size, MAX_BITS - 1)
        bits.set(term, bit)
      }
      return bit
    }
    const matches = this.evaluate(query, bitOf, derived)
    try {
      return use({ ...matches, derived })
    } finally {
      this.spare.push(matches)
    }
  }

  private scored(): Scored {
    const reused = this.spare.pop()
    if (!reused) {
      const count = this.postings.documentCount
      return { scores: new Float64Array(count), masks: new Int32Array(count) }
    }
    reused.scores.fill(0)
    reused.masks.fill(0)
    return reused
  }

  private evaluate(
    query: TermQuery | BoolQuery,
    bitOf: (term: string) => number,
    derived: Set<number>,
  ): Scored {
    const count = this.postings.documentCount
    if (!('combineWith' in query)) {
      const { scores, masks } = this.scored()
      const bit = bitOf(query.term)
      for (const { term, factor } of this.expand(query)) {
        derived.add(term)
        this.postings.accumulate(term, factor * query.boost, bit, scores, masks)
      }
      return { scores, masks }
    }
    if (!query.queries.length) return this.scored()
    const [first, ...rest] = query.queries.map((part) => this.evaluate(part, bitOf, derived))
    const { scores, masks } = first!
    for (const other of rest) {
      if (query.combineWith === 'AND') {
        for (let doc = 0; doc < count; doc++) {
          if (masks[doc] && other.masks[doc]) {
            scores[doc]! += other.scores[doc]!
            masks[doc]! |= other.masks[doc]!
          } else {
            scores[doc] = 0
            masks[doc] = 0
          }
        }
      } else {
        for (let doc = 0; doc < count; doc++) {
          if (!other.masks[doc]) continue
          scores[doc]! += other.scores[doc]!
          masks[doc]! |= other.masks[doc]!
        }
      }
      this.spare.push(other)
    }
    return { scores, masks }
  }

  /** The word itself, its completions when `prefix`, and near spellings when `fuzzy`. */
  private expand({ term, prefix, fuzzy }: TermQuery): Expansion[] {
    const key = `${term}\u0000${prefix}\u0000${fuzzy}`
    const known = this.expansions.get(key)
    if (known) return known
    const list = this.postings.terms
    const found: Expansion[] = []
    const exact = list.indexOf(term)
    if (exact >= 0) found.push({ term: exact, factor: 1 })
    const completions = new Set<number>()
    if (prefix) {
      const [start, end] = list.prefixRange(term)
      for (let t = start; t < end; t++) {
        if (t === exact) continue
        const length = list.terms[t]!.length
        const distance = length - term.length
        completions.add(t)
        found.push({ term: t, factor: (PREFIX_WEIGHT * length) / (length + 0.3 * distance) })
      }
    }
    if (fuzzy > 0) {
      for (const { index, distance } of list.near(term, fuzzy)) {
        // A completion is scored as one, however near its spelling.
        if (!distance || completions.has(index)) continue
        const length = list.terms[index]!.length
        found.push({ term: index, factor: (FUZZY_WEIGHT * length) / (length + distance) })
      }
    }
    if (this.expansions.size > 2000) this.expansions.clear()
    this.expansions.set(key, found)
    return found
  }
}

/** How many bits a mask has: the number of distinct query words a document matched. */
export function wordsMatched(mask: number): number {
  let bits = mask - ((mask >>> 1) & 0x55555555)
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
