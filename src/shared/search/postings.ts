import { TermList } from './term-list'
import type { PackedPostings } from './index-binary'

/**
 * The inverted index as the indexer makes it: flat arrays, packed for shipping into typed arrays
 * (index-binary.ts) that load without building a map per term. Built by indexer.ts, which scores as
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

/** The loaded index: the shipped typed arrays, read in place, each term's checked when first read. */
export class Postings {
  readonly terms: TermList
  /** Term t's postings are [starts[t], starts[t + 1]). */
  private readonly starts: Int32Array
  private readonly docs: Int32Array
  private readonly weights: Float32Array
  /** By term: whether its postings have been checked (each is, before it is first read). */
  private readonly checked: Uint8Array

  constructor(
    postings: PackedPostings,
    readonly documentCount: number,
  ) {
    const { terms, counts, docs, weights } = postings
    if (!Array.isArray(counts) || counts.length !== terms.length || docs.length !== weights.length)
      throw new PostingsError('the postings lists do not match the terms')
    this.terms = new TermList(terms)
    this.starts = new Int32Array(terms.length + 1)
    for (let t = 0; t < terms.length; t++) {
      if (!Number.isInteger(counts[t]) || counts[t]! < 0)
        throw new PostingsError('the postings lists do not match the terms')
      this.starts[t + 1] = this.starts[t]! + counts[t]!
    }
    if (this.starts[terms.length] !== docs.length)
      throw new PostingsError('the postings do not add up to the documents listed')
    this.docs = docs
    this.weights = weights
    this.checked = new Uint8Array(terms.length)
  }

  /**
   * Checks term `t`'s postings the first time they are read: ascending, so `has` can search
   * them, and inside the index, so a score lands on a real document. At 500 topics a load
   * that checked all 2.9 million took longer than the rest of the load; a query reads only its
   * own terms, and reads them anyway.
   */
  private check(t: number): void {
    if (this.checked[t]) return
    let previous = -1
    for (let p = this.starts[t]!, end = this.starts[t + 1]!; p < end; p++) {
      const doc = this.docs[p]!
      if (doc <= previous || doc >= this.documentCount)
        throw new PostingsError(`term "${this.terms.terms[t]}" names a missing document`)
      previous = doc
    }
    this.checked[t] = 1
  }

  /** How many documents hold term `t`. */
  documentFrequency(t: number): number {
    return this.starts[t + 1]! - this.starts[t]!
  }

  /** Adds `factor` × each posting's score of term `t` into `scores`, and `bit` into `masks`. */
  accumulate(t: number, factor: number, bit: number, scores: Float64Array, masks: Int32Array) {
    this.check(t)
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
    this.check(t)
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
