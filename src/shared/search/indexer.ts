import { WEIGHT_SCALE, type PostingsFile } from './postings'

/**
 * The build-time indexer: documents in, the shipped postings out, in one pass. It counts what
 * MiniSearch counted when it built the index (tokens, term frequencies per field, field lengths
 * and their running averages, BM25+ with its parameters), so every score is the one MiniSearch
 * would give; tests/shared/search/indexer-property.test.ts holds it equal to postings built
 * through MiniSearch for any documents. MiniSearch spent its time on a radix tree and maps per
 * term that the shipped flat arrays never needed (at 500 topics, 14 of a build's 35 s).
 */

/** What is indexed: an id, and the text of each field named in the boosts. */
export interface IndexedDoc {
  id: string
}

export interface IndexerOptions {
  /** Each field's weight; the fields are indexed in this order (it fixes how scores add up). */
  fieldBoosts: Readonly<Record<string, number>>
  /** A text's words, in order (as `tokenize` finds them). */
  words: (text: string) => string[]
  /** A word's indexed term, or null to leave it out. */
  processTerm: (word: string) => string | null
  /** Fields whose words are counted into `wordCounts` (the build's surface forms need them). */
  countWordsIn?: readonly string[]
}

export interface IndexedPostings {
  postings: PostingsFile
  /**
   * How often each distinct word occurs in the `countWordsIn` fields, in the order each first
   * occurs there: as good as the words themselves in text order for anything that counts them.
   */
  wordCounts: Map<string, number>
}

/** MiniSearch's BM25+ parameters and formula, so scores match what the library would give. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
function bm25(frequency: number, matching: number, total: number, length: number, average: number) {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  const saturation =
    (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average))
  return idf * (BM25.d + saturation)
}

/** A term's postings per field: document numbers and frequencies, interleaved, docs ascending. */
type FieldPostings = (number[] | undefined)[]

/**
 * Every distinct word seen, numbered, with its term's number (-1: not indexed). A library
 * repeats the same few thousand words millions of times: each is processed once, and the
 * counting per field is done on numbers in arrays instead of strings in maps.
 */
class Vocabulary {
  private readonly wordNumbers = new Map<string, number>()
  private readonly termNumbers = new Map<string, number>()
  /** By word number: its term's number. */
  readonly termOf: number[] = []
  /** By word number: the word. */
  readonly words: string[] = []
  /** By term number: the term. */
  readonly terms: string[] = []

  constructor(private readonly processTerm: (word: string) => string | null) {}

  /** The word's number (new words get the next one). */
  word(word: string): number {
    let number = this.wordNumbers.get(word)
    if (number === undefined) {
      number = this.termOf.length
      this.wordNumbers.set(word, number)
      this.words.push(word)
      this.termOf.push(this.term(this.processTerm(word)))
    }
    return number
  }

  private term(term: string | null): number {
    if (!term) return -1
    let number = this.termNumbers.get(term)
    if (number === undefined) {
      number = this.terms.length
      this.termNumbers.set(term, number)
      this.terms.push(term)
    }
    return number
  }
}

/** Builds the postings of `docs`, numbered by their position in the array. */
export function indexPostings(
  docs: readonly IndexedDoc[],
  options: IndexerOptions,
): IndexedPostings {
  const { fieldBoosts, words, processTerm } = options
  const fieldNames = Object.keys(fieldBoosts)
  const counted = fieldNames.map((field) => options.countWordsIn?.includes(field) ?? false)
  const total = docs.length
  const lengths = fieldNames.map(() => new Int32Array(total))
  const averages = fieldNames.map(() => 0)
  const vocabulary = new Vocabulary(processTerm)
  /** By term number: its postings. */
  const index: FieldPostings[] = []
  const ids = new Set<string>()
  /** By word number: the field (counted from 1) it was last seen in, for distinct words. */
  const lastSeen: number[] = []
  /** By term number: its frequency in the field being indexed (0 outside it). */
  const frequency: number[] = []
  const inField: number[] = []
  let fieldCount = 0
  /** By word number: its count in the counted fields, and the words in order of first count. */
  const counts: number[] = []
  const countOrder: number[] = []
  docs.forEach((doc, number) => {
    if (ids.has(doc.id)) throw new Error(`search index: document ${doc.id} is listed twice`)
    ids.add(doc.id)
    fieldNames.forEach((field, f) => {
      const value = (doc as unknown as Record<string, unknown>)[field]
      if (value === undefined || value === null) return
      const list = words(String(value))
      const counting = counted[f]!
      fieldCount++
      let length = 0
      inField.length = 0
      for (const word of list) {
        const w = vocabulary.word(word)
        if (counting) {
          if (!counts[w]) {
            counts[w] = 0
            countOrder.push(w)
          }
          counts[w]++
        }
        if (lastSeen[w] !== fieldCount) {
          lastSeen[w] = fieldCount
          length++
        }
        const t = vocabulary.termOf[w]!
        if (t < 0) continue
        if (!frequency[t]) {
          frequency[t] = 0
          inField.push(t)
        }
        frequency[t]++
      }
      // A field's length is its distinct words before processing, and the average is kept as
      // MiniSearch keeps it (a running mean over every document so far), to the last bit.
      lengths[f]![number] = length
      averages[f] = (averages[f]! * number + length) / (number + 1)
      for (const t of inField) {
        const postings = (index[t] ??= [])
        const list = postings[f]
        if (list) list.push(number, frequency[t]!)
        else postings[f] = [number, frequency[t]!]
        frequency[t] = 0
      }
    })
  })
  const byTerm = new Map(vocabulary.terms.map((term, t) => [term, index[t]!]))
  return {
    postings: flatten(byTerm, fieldNames, fieldBoosts, lengths, averages, total),
    wordCounts: new Map(countOrder.map((w) => [vocabulary.words[w]!, counts[w]!])),
  }
}

/** The index as the shipped arrays: terms sorted, each posting's boosted BM25 summed over fields. */
function flatten(
  index: Map<string, FieldPostings>,
  fields: string[],
  fieldBoosts: Readonly<Record<string, number>>,
  lengths: Int32Array[],
  averages: number[],
  total: number,
): PostingsFile {
  const terms = [...index.keys()].sort()
  const file: PostingsFile = { terms, counts: [], docs: [], weights: [] }
  const scores = new Float64Array(total)
  /** The term (+1) that last touched each document: a document is listed once per term. */
  const seenFor = new Int32Array(total)
  const touched: number[] = []
  terms.forEach((term, t) => {
    const postings = index.get(term)!
    touched.length = 0
    let fieldsWithTerm = 0
    fields.forEach((field, f) => {
      const list = postings[f]
      if (!list) return
      fieldsWithTerm++
      const boost = fieldBoosts[field] ?? 1
      const matching = list.length / 2
      const length = lengths[f]!
      const average = averages[f]!
      for (let p = 0; p < list.length; p += 2) {
        const doc = list[p]!
        // Added field by field in the fields' order, as the scores were summed before.
        scores[doc]! += boost * bm25(list[p + 1]!, matching, total, length[doc]!, average)
        if (seenFor[doc] !== t + 1) {
          seenFor[doc] = t + 1
          touched.push(doc)
        }
      }
    })
    // One field's documents are already in order; several fields' need merging.
    if (fieldsWithTerm > 1) touched.sort((a, b) => a - b)
    file.counts.push(touched.length)
    let previous = 0
    for (const doc of touched) {
      file.docs.push(doc - previous)
      // Never 0: a match must still count as one.
      file.weights.push(Math.max(1, Math.round(scores[doc]! * WEIGHT_SCALE)))
      scores[doc] = 0
      previous = doc
    }
  })
  return file
}
