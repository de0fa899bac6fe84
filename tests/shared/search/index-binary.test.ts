import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { SearchIndexFile } from '@shared/search/index-file'
import {
  decodeSearchIndex,
  encodeSearchIndex,
  IndexFormatError,
  packPostings,
} from '@shared/search/index-binary'
import { SEARCH_INDEX_VERSION, type ListedDoc } from '@shared/search/index-format'
import { SEARCH_KINDS } from '@shared/search/kinds'
import { WEIGHT_SCALE } from '@shared/search/postings'
import { realSearch } from './real-search'

let file: SearchIndexFile
beforeAll(async () => {
  ;({ file } = await realSearch())
})

/** Every document of a decoded index, decoded. */
const listed = (bytes: Uint8Array): ListedDoc[] => {
  const { documents } = decodeSearchIndex(bytes)
  return Array.from({ length: documents.count }, (_, n) => documents.get(n))
}

/** The error `run` throws (the test fails if it does not throw). */
function errorOf(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected it to throw')
}

/** A small index around `documents`, with one term in every document. */
function indexOf(documents: ListedDoc[]): SearchIndexFile {
  return {
    ...file,
    documents,
    texts: documents.length ? [{ first: 0, count: documents.length, file: 'texts-0.json' }] : [],
    postings: {
      terms: ['word'],
      counts: [documents.length],
      docs: documents.map((_, n) => (n ? 1 : 0)),
      weights: documents.map((_, n) => 1000 + n),
    },
  }
}

describe('the search index as shipped (binary)', () => {
  it('gives back the index it was made from: documents, postings and the rest', () => {
    const bytes = encodeSearchIndex(file)
    const decoded = decodeSearchIndex(bytes)
    expect(listed(bytes)).toEqual(file.documents)
    // Every document a search group ranks first, by number.
    const targeted = new Set(file.groups.flatMap((group) => group.targets))
    expect(targeted.size).toBeGreaterThan(10)
    for (const id of targeted) {
      const n = decoded.documents.get(decoded.targetDocs.get(id) ?? -1)
      expect(n.id).toBe(id)
    }
    expect([...decoded.documents.kinds].map((k) => SEARCH_KINDS[k])).toEqual(
      file.documents.map((doc) => doc.kind),
    )
    const { documents: _documents, postings: _postings, ...rest } = file
    const { documents: _d, postings, targetDocs: _t, ...decodedRest } = decoded
    expect(decodedRest).toEqual(rest)
    expect(postings.terms).toEqual(file.postings.terms)
    expect(postings.counts).toEqual(file.postings.counts)
    // Documents absolute (the file's are gaps), scores as the searcher uses them.
    let p = 0
    file.postings.counts.forEach((count) => {
      let doc = 0
      for (const end = p + count; p < end; p++) {
        doc += file.postings.docs[p]!
        expect(postings.docs[p]).toBe(doc)
      }
    })
    expect(postings.weights).toEqual(
      Float32Array.from(file.postings.weights, (w) => w / WEIGHT_SCALE),
    )
  })

  it('keeps any document as it was (fast-check): any text, with or without a handout', () => {
    const doc = fc.record(
      {
        id: fc.string({ unit: 'grapheme' }),
        kind: fc.constantFrom(...SEARCH_KINDS),
        title: fc.string({ unit: 'binary' }),
        context: fc.string({ unit: 'grapheme' }),
        href: fc.string(),
        handout: fc.string(),
      },
      { requiredKeys: ['id', 'kind', 'title', 'context', 'href'] },
    )
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 12 }), (documents) => {
        expect(listed(encodeSearchIndex(indexOf(documents)))).toEqual(documents)
      }),
    )
  })

  it('reads bytes wherever they start in memory (a Node file buffer need not be aligned)', () => {
    const bytes = encodeSearchIndex(file)
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    const unaligned = shifted.subarray(1)
    expect(unaligned.byteOffset % 4).toBe(1)
    expect(listed(unaligned)).toEqual(file.documents)
    expect([...decodeSearchIndex(unaligned).postings.docs]).toEqual([
      ...decodeSearchIndex(bytes).postings.docs,
    ])
  })

  it('refuses, with what is wrong, bytes that are not a whole index of this version', () => {
    const bytes = encodeSearchIndex(file)
    const refused = (input: Uint8Array) => {
      const error = errorOf(() => decodeSearchIndex(input))
      expect(error).toBeInstanceOf(IndexFormatError)
      return error.message
    }
    expect(refused(new TextEncoder().encode('{"version":3}'))).toBe(
      'the search index is not in a format this app reads',
    )
    expect(refused(bytes.slice(0, 5))).toBe('the search index is empty or cut short')
    expect(refused(encodeSearchIndex({ ...file, version: 2 as 3 }))).toBe(
      `the search index is version 2, this app reads version ${SEARCH_INDEX_VERSION}`,
    )
    expect(refused(bytes.slice(0, -1))).toMatch(
      /^the search index is \d+ bytes, its documents end at byte \d+$/,
    )
    expect(refused(bytes.slice(0, 40))).toBe('the search index is cut short')
    const longer = new Uint8Array(bytes.length + 4)
    longer.set(bytes)
    expect(refused(longer)).toMatch(/its documents end at byte/)
    const header = bytes.slice()
    header[13] = 0x7b // a "{" in the header's JSON where its first quote was
    expect(refused(header)).toMatch(/^the search index's header is broken/)
    const kinds = encodeSearchIndex({
      ...file,
      documents: [{ ...file.documents[0]!, kind: 'x' as 'module' }, ...file.documents.slice(1)],
    })
    expect(refused(kinds)).toBe('a document has no known kind')
  })

  it('decodes a document only when it is asked for, and names a broken one then', () => {
    const documents: ListedDoc[] = [
      { id: 'module:a', kind: 'module', title: 'First', context: 'A', href: '#/modules/a' },
      { id: 'module:b', kind: 'module', title: 'Second', context: 'B', href: '#/modules/b' },
    ]
    const bytes = encodeSearchIndex(indexOf(documents))
    // Break the second document's JSON: the index still loads, and the first still reads.
    const at = bytes.lastIndexOf(0x5b) // its opening "["
    bytes[at] = 0x7d
    const index = decodeSearchIndex(bytes)
    expect(index.documents.get(0)).toEqual(documents[0])
    const error = errorOf(() => index.documents.get(1))
    expect(error).toBeInstanceOf(IndexFormatError)
    expect(error.message).toBe('document 1 of the search index is broken')
  })

  it('packs postings as absolute documents and unscaled scores', () => {
    const packed = packPostings({
      terms: ['a', 'b'],
      counts: [2, 1],
      docs: [1, 2, 4],
      weights: [1500, 250, 1000],
    })
    expect([...packed.docs]).toEqual([1, 3, 4])
    expect([...packed.weights]).toEqual([1.5, 0.25, 1])
  })
})
