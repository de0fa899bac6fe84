import fc from 'fast-check'
import type { Query } from 'minisearch'
import { describe, expect, it } from 'vitest'
import type { SearchDoc } from '@shared/search/documents'
import { FIELD_BOOSTS, indexDocuments } from '@shared/search/index-file'
import { Postings } from '@shared/search/postings'
import { packPostings } from '@shared/search/index-binary'
import { QueryRunner, type BoolQuery, type TermQuery } from '@shared/search/query-runner'
import { rank } from '@shared/search/ranking'
import { TermList } from '@shared/search/term-list'
import { createTermProcessor } from '@shared/search/terms'
import { miniSearchIndex } from './minisearch-reference'

/** Levenshtein distance, the slow obvious way, as the reference. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      rows[i]![j] = Math.min(
        rows[i - 1]![j]! + 1,
        rows[i]![j - 1]! + 1,
        rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
  return rows[a.length]![b.length]!
}

// Few letters, so that words share prefixes and lie within a few edits of each other; only
// words the term processor keeps as they are ("be" is a stop word), as queries hold processed terms.
const processTerm = createTermProcessor()
const word = fc
  .string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'r'), minLength: 2, maxLength: 8 })
  .filter((w) => processTerm(w) === w)
const sortedTerms = fc
  .uniqueArray(word, { minLength: 1, maxLength: 60 })
  .map((terms) => [...terms].sort())

describe('the sorted term list', () => {
  it('finds exactly the terms within the edit distance, and exactly those with the prefix', () => {
    fc.assert(
      fc.property(sortedTerms, word, fc.integer({ min: 0, max: 3 }), (terms, query, max) => {
        const list = new TermList(terms)
        const near = list.near(query, max).map(({ index, distance: d }) => [terms[index], d])
        const expected = terms
          .map((term) => [term, distance(query, term)] as const)
          .filter(([, d]) => d <= max)
        expect(near).toEqual(expected)
        const [start, end] = list.prefixRange(query)
        expect(terms.slice(start, end)).toEqual(terms.filter((t) => t.startsWith(query)))
        expect(list.indexOf(query)).toBe(terms.indexOf(query))
      }),
      { numRuns: 300 },
    )
  })
})

/** Documents of words from the small alphabet, in the app's four fields. */
const documents = fc
  .array(
    fc.record({
      title: fc.array(word, { maxLength: 3 }),
      keywords: fc.array(word, { maxLength: 2 }),
      context: fc.array(word, { maxLength: 2 }),
      text: fc.array(word, { maxLength: 25 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((docs) =>
    docs.map((d, i): SearchDoc => ({
      id: `section:d${i}`,
      kind: 'section',
      href: '#/',
      title: d.title.join(' '),
      keywords: d.keywords.join(' '),
      context: d.context.join(' '),
      text: d.text.join(' '),
    })),
  )

const termQuery: fc.Arbitrary<TermQuery> = fc.record({
  term: word,
  prefix: fc.boolean(),
  fuzzy: fc.integer({ min: 0, max: 2 }),
  boost: fc.constantFrom(1, 0.7),
})
const boolQuery: fc.Arbitrary<BoolQuery> = fc.record({
  combineWith: fc.constantFrom('AND' as const, 'OR' as const),
  queries: fc.array(
    fc.oneof(
      termQuery,
      fc.record({
        combineWith: fc.constantFrom('AND' as const, 'OR' as const),
        queries: fc.array(termQuery, { minLength: 1, maxLength: 3 }),
      }),
    ),
    { minLength: 1, maxLength: 3 },
  ),
})

/** The same query in MiniSearch's own terms. */
function miniSearchQuery(query: TermQuery | BoolQuery): Query {
  if ('combineWith' in query)
    return { combineWith: query.combineWith, queries: query.queries.map(miniSearchQuery) }
  return {
    queries: [query.term],
    prefix: query.prefix,
    fuzzy: query.fuzzy || false,
    boostTerm: () => query.boost,
  }
}

describe('the shipped postings rank as MiniSearch does', () => {
  // The build indexes and the runtime scores with flat arrays instead of MiniSearch's maps
  // (for speed at 500 topics); MiniSearch itself, on the same documents, is the reference for
  // what matches and how well.
  it('matches the same documents with the same scores, for any documents and query', () => {
    fc.assert(
      fc.property(documents, boolQuery, (docs, query) => {
        const index = miniSearchIndex(docs, Object.keys(FIELD_BOOSTS), processTerm)
        const file = indexDocuments(docs, processTerm).postings
        const postings = new Postings(packPostings(file), docs.length)
        const ours = new QueryRunner(postings).run(query, (matches) =>
          rank(matches, {
            kindOf: new Uint8Array(docs.length),
            kinds: 1,
            prior: new Float64Array(docs.length).fill(1),
            boosts: new Map(),
            limit: docs.length,
            kind: null,
          }),
        )
        const theirs = index.search(miniSearchQuery(query), { boost: FIELD_BOOSTS })
        expect(ours.total).toBe(theirs.length)
        const scoreOf = new Map(theirs.map((r) => [r.id as string, r.score]))
        for (const { doc, score } of ours.top) {
          const expected = scoreOf.get(docs[doc]!.id)
          expect(expected, docs[doc]!.id).toBeDefined()
          // Shipped scores keep three decimals per posting.
          expect(Math.abs(score - expected!)).toBeLessThan(0.005 * (1 + expected!))
        }
      }),
      { numRuns: 200 },
    )
  })
})
