import { TermList } from './term-list'

/**
 * The inverted index as shipped: flat arrays that JSON parses quickly and that load into typed
 * arrays without building a map per term. Built at build time by indexer.ts, which scores as
 * MiniSearch does (its tokenising, field lengths and BM25 are what we rank by), with each score
 * already computed, because at query time a library of hundreds of topics has tens of thousands
 * of documents per common word and only flat arrays score them in time.
 */
export interface PostingsFile {
  /** Every indexed term, sorted. */
  terms: string[]
  /** How many documents each term is in, in the order of `terms`. */
  counts: number[]
  /** Each term's documents in ascending order, each written as the gap from the one before. */
  docs: number[]
  /** Each posting's score (BM25 summed over the fields, with their boosts) × WEIGHT_SCALE. */
  weights: number[]
}

/** Scores are shipped as integers: three decimals are far finer than any ranking difference. */
export const WEIGHT_SCALE = 1000

/** Thrown when the shipped arrays do not fit together. */
export class PostingsError extends Error {}

/** The loaded index: typed arrays over the shipped ones. */
export class Postings {
  readonly terms: TermList
  /** Term t's postings are [starts[t], starts[t + 1]). */
  private readonly starts: Int32Array
  private readonly docs: Int32Array
  private readonly weights: Float32Array

  constructor(
    file: PostingsFile,
    readonly documentCount: number,
  ) {
    const { terms, counts, docs, weights } = file
    if (counts.length !== terms.length || docs.length !== weights.length)
      throw new PostingsError('the postings lists do not match the terms')
    this.terms = new TermList(terms)
    this.starts = new Int32Array(terms.length + 1)
    for (let t = 0; t < terms.length; t++) this.starts[t + 1] = this.starts[t]! + counts[t]!
    if (this.starts[terms.length] !== docs.length)
      throw new PostingsError('the postings do not add up to the documents listed')
    this.docs = new Int32Array(docs.length)
    this.weights = new Float32Array(weights.length)
    for (let t = 0; t < terms.length; t++) {
      let doc = 0
      for (let p = this.starts[t]!; p < this.starts[t + 1]!; p++) {
        doc += docs[p]!
        if (doc >= documentCount)
          throw new PostingsError(`term "${terms[t]}" names a missing document`)
        this.docs[p] = doc
        this.weights[p] = weights[p]! / WEIGHT_SCALE
      }
    }
  }

  /** How many documents hold term `t`. */
  documentFrequency(t: number): number {
    return this.starts[t + 1]! - this.starts[t]!
  }

  /** Adds `factor` × each posting's score of term `t` into `scores`, and `bit` into `masks`. */
  accumulate(t: number, factor: number, bit: number, scores: Float64Array, masks: Int32Array) {
    const docs = this.docs
    const weights = this.weights
    for (let p = this.starts[t]!, end = this.starts[t + 1]!; p < end; p++) {
      const doc = docs[p]!
      scores[doc]! += factor * weights[p]!
      masks[doc]! |= bit
    }
  }

  /** Whether document `doc` holds term `t`. */
  has(t: number, doc: number): boolean {
    let low = this.starts[t]!
    let high = this.starts[t + 1]!
    while (low < high) {
      const middle = (low + high) >> 1
      const at = this.docs[middle]!
      if (at === doc) return true
      if (at < doc) low = middle + 1
      else high = middle
    }
    return false
  }
}
