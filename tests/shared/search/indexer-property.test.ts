import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileContent } from '@shared/content/compile-content'
import { searchDocuments, type SearchDoc } from '@shared/search/documents'
import { buildSearchIndex, FIELD_BOOSTS, indexDocuments } from '@shared/search/index-file'
import { indexPostings } from '@shared/search/indexer'
import { createTermProcessor, tokenize, words } from '@shared/search/terms'
import { readContentFiles } from '../../../src/main/content/read-content-files'
import {
  miniSearchIndex,
  postingsFromMiniSearch,
  referenceSurfaceWords,
} from './minisearch-reference'

const FIELDS = Object.keys(FIELD_BOOSTS)

/** The postings MiniSearch gave for `docs`, as the build shipped them before indexer.ts. */
function miniSearchPostings(docs: SearchDoc[], processTerm: (word: string) => string | null) {
  return postingsFromMiniSearch(
    miniSearchIndex(docs, FIELDS, processTerm).toJSON(),
    new Map(docs.map((doc, at) => [doc.id, at])),
    FIELD_BOOSTS,
  )
}

// Words that exercise the term processor: case, plurals, stop words, single letters, digits,
// accents composed and not, Greek letters, ligatures, a spelling variant, repeats.
const word = fc.constantFrom(
  'cramp',
  'Cramps',
  'CRAMPS',
  'ovaries',
  'ovary',
  'the',
  'And',
  'a',
  's',
  '2',
  'type',
  'β',
  'endorphin',
  'café',
  'cafe\u0301',
  'Straße',
  'herpes',
  'hemorrhage',
  'haemorrhage',
  'CP',
  'CPPS',
  'is',
  'us',
  'ﬁbroid',
  'İleum',
  'μg',
  '10',
)
const separator = fc.constantFrom(' ', '  ', '-', '/', "'", ', ', '. ', '\n', '—', '')
const prose = fc
  .array(fc.tuple(word, separator), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
// Any text at all, lone surrogates and marks included.
const text = fc.oneof(
  { weight: 4, arbitrary: prose },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
)
const documents = fc
  .array(fc.record({ title: text, keywords: text, context: text, text }), { maxLength: 20 })
  .map((docs) =>
    docs.map((d, i): SearchDoc => ({ id: `section:d${i}`, kind: 'section', href: '#/', ...d })),
  )
const spellings = fc.constantFrom<Record<string, string>>(
  {},
  { hemorrhage: 'haemorrhage', cafe: 'coffee', ovary: 'oo' },
)

describe('the build-time indexer', () => {
  it('splits text into the words tokenize finds, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (t) => {
        expect(words(t)).toEqual(tokenize(t).map((token) => token.word))
      }),
      { numRuns: 500 },
    )
  })

  it('ships exactly the postings and surface words built through MiniSearch, for any documents', () => {
    fc.assert(
      fc.property(documents, spellings, (docs, variants) => {
        const processTerm = createTermProcessor(variants)
        const ours = indexDocuments(docs, processTerm)
        expect(ours.postings).toEqual(miniSearchPostings(docs, processTerm))
        // Compared as text: the asset must be the same byte for byte, key order included.
        expect(JSON.stringify(ours.surfaces)).toBe(
          JSON.stringify(referenceSurfaceWords(docs, processTerm)),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('ships the postings MiniSearch gave for the real content', async () => {
    const files = await readContentFiles('resources/content')
    const { bundle } = compileContent(files, { today: '2026-12-31' })
    const processTerm = createTermProcessor(bundle.synonyms.spellings)
    const docs = searchDocuments(bundle)
    const built = buildSearchIndex(bundle).file
    expect(built.postings.terms.length).toBeGreaterThan(1000)
    expect(built.postings).toEqual(miniSearchPostings(docs, processTerm))
    expect(built.surfaces).toEqual(referenceSurfaceWords(docs, processTerm))
  })

  it('refuses a document listed twice, as MiniSearch did', () => {
    const doc: SearchDoc = {
      id: 'module:x',
      kind: 'module',
      href: '#/',
      title: 'Cramp',
    } as SearchDoc
    expect(() =>
      indexPostings([doc, { ...doc }], { fieldBoosts: FIELD_BOOSTS, words, processTerm: (w) => w }),
    ).toThrow('document module:x is listed twice')
  })

  it('leaves out a field a document does not have, as MiniSearch did', () => {
    const processTerm = createTermProcessor()
    const docs = [
      { id: 'module:a', kind: 'module', href: '#/', title: 'pelvic cramp', text: 'cramp' },
      { id: 'module:b', kind: 'module', href: '#/', title: 'cramp', keywords: 'pelvic floor' },
    ] as unknown as SearchDoc[]
    expect(indexPostings(docs, { fieldBoosts: FIELD_BOOSTS, words, processTerm }).postings).toEqual(
      miniSearchPostings(docs, processTerm),
    )
  })
})
