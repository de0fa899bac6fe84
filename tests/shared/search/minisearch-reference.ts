import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { PostingsFile } from '@shared/search/postings'
import { WEIGHT_SCALE } from '@shared/search/postings'
import { fold, tokenize } from '@shared/search/terms'

/**
 * The index as it was built before indexer.ts: MiniSearch indexed the documents and its
 * `toJSON()` was turned into the shipped postings. Kept here, unchanged, as the reference the
 * build's own indexer must equal; MiniSearch itself stays the oracle for what a search finds.
 */

/** MiniSearch options for building the index (the terms are processed as queries are). */
export function miniSearchOptions<T>(
  fields: readonly string[],
  processTerm: (word: string) => string | null,
): Options<T> {
  return {
    idField: 'id',
    fields: [...fields],
    tokenize: (text) => tokenize(text).map((token) => token.word),
    processTerm,
  }
}

/** MiniSearch's index of `docs`, as the build made it. */
export function miniSearchIndex<T>(
  docs: T[],
  fields: readonly string[],
  processTerm: (word: string) => string | null,
): MiniSearch<T> {
  const index = new MiniSearch<T>(miniSearchOptions<T>(fields, processTerm))
  index.addAll(docs)
  return index
}

/** MiniSearch's BM25+ parameters and formula. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 }
function bm25(frequency: number, matching: number, total: number, length: number, average: number) {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
  const saturation =
    (frequency * (BM25.k + 1)) / (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / average))
  return idf * (BM25.d + saturation)
}

/**
 * The postings of a MiniSearch index (`toJSON()`), with documents numbered by `order` (the
 * position of each id in the shipped document list) and fields weighted by `fieldBoosts`.
 */
export function postingsFromMiniSearch(
  index: AsPlainObject,
  order: ReadonlyMap<string, number>,
  fieldBoosts: Readonly<Record<string, number>>,
): PostingsFile {
  const docNumber = new Map<number, number>()
  for (const [shortId, id] of Object.entries(index.documentIds)) {
    const at = order.get(String(id))
    if (at === undefined) throw new Error(`search index: document ${String(id)} is not listed`)
    docNumber.set(Number(shortId), at)
  }
  const fieldNames = Object.entries(index.fieldIds)
  const entries = [...index.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const file: PostingsFile = { terms: [], counts: [], docs: [], weights: [] }
  for (const [term, fields] of entries) {
    const scores = new Map<number, number>()
    for (const [name, fieldId] of fieldNames) {
      const frequencies = (fields as Record<string, Record<string, number>>)[fieldId]
      if (!frequencies) continue
      const matching = Object.keys(frequencies).length
      for (const [shortId, frequency] of Object.entries(frequencies)) {
        const length = (index.fieldLength as Record<string, number[]>)[shortId]![fieldId]!
        const score =
          (fieldBoosts[name] ?? 1) *
          bm25(frequency, matching, index.documentCount, length, index.averageFieldLength[fieldId]!)
        const doc = docNumber.get(Number(shortId))!
        scores.set(doc, (scores.get(doc) ?? 0) + score)
      }
    }
    const docs = [...scores.keys()].sort((a, b) => a - b)
    file.terms.push(term)
    file.counts.push(docs.length)
    let previous = 0
    for (const doc of docs) {
      file.docs.push(doc - previous)
      file.weights.push(Math.max(1, Math.round(scores.get(doc)! * WEIGHT_SCALE)))
      previous = doc
    }
  }
  return file
}

/** The surface words as the build found them before: a second pass over the documents. */
export function referenceSurfaceWords(
  docs: { title: string; keywords: string; text: string }[],
  processTerm: (word: string) => string | null,
): Record<string, string> {
  const words = new Set<string>()
  const seen = new Map<string, Map<string, number>>()
  for (const doc of docs) {
    for (const { word } of tokenize(`${doc.title} ${doc.keywords} ${doc.text}`)) {
      const folded = fold(word)
      words.add(folded)
      const term = processTerm(word)
      if (!term || term === folded) continue
      const counts = seen.get(term) ?? new Map<string, number>()
      counts.set(folded, (counts.get(folded) ?? 0) + 1)
      seen.set(term, counts)
    }
  }
  const surfaces: Record<string, string> = {}
  for (const [term, counts] of seen) {
    if (words.has(term)) continue
    surfaces[term] = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  }
  return surfaces
}
