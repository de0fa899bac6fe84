import { SEARCH_INDEX_VERSION, type ListedDoc, type SearchIndexFile } from './index-format'
import { SEARCH_KINDS } from './kinds'
import { WEIGHT_SCALE, type PostingsFile } from './postings'

/**
 * The search index as shipped: one binary file. A 500-topic library has 2.9 million postings
 * and 24,000 documents; as JSON the index took ~380 ms to parse and load, most of it numbers
 * and result titles that a search never looks at. Here the postings are typed arrays read in
 * place, and each document is decoded only when it is shown, so loading is reading a small
 * JSON header and checking that the sections fit the file; each word's postings are checked
 * when a search first reads them (postings.ts).
 *
 * Layout (little-endian; 4-byte aligned where a typed array starts):
 *   "PAIX", u32 format version, u32 header length, header (UTF-8 JSON, `Header`), padding,
 *   docs Int32[postings], weights Float32[postings], document offsets Uint32[documents + 1],
 *   kinds Uint8[documents], documents (UTF-8 JSON arrays, one after another).
 */

const MAGIC = 0x58494150 // "PAIX" read as a little-endian u32
const PREAMBLE = 12

/** What the header holds: the index's small parts, and the sizes of the sections after it. */
interface Header extends Omit<SearchIndexFile, 'documents' | 'postings'> {
  terms: string[]
  counts: number[]
  postingCount: number
  documentCount: number
  /** The number of each document a search group ranks first: the only ids a query looks up. */
  targetDocs: Record<string, number>
}

/** Thrown when the bytes are not an index this code can read (an old build, a broken file). */
export class IndexFormatError extends Error {}

/** The postings as the searcher uses them: documents ascending per term, scores unscaled. */
export interface PackedPostings {
  terms: string[]
  counts: number[]
  docs: Int32Array
  weights: Float32Array
}

/** The documents of the index, each decoded when asked for. */
export interface DocumentTable {
  readonly count: number
  /** Each document's kind, as its index in SEARCH_KINDS. */
  readonly kinds: Uint8Array
  /** Document `n` as a result lists it; throws IndexFormatError if its bytes are broken. */
  get(n: number): ListedDoc
}

/** A loaded index: everything but the documents and postings as parsed, those as read. */
export interface PackedIndex extends Omit<SearchIndexFile, 'documents' | 'postings'> {
  documents: DocumentTable
  postings: PackedPostings
  /** The number of the document with each id that a search group targets. */
  targetDocs: ReadonlyMap<string, number>
}

/** Delta-coded, scaled postings (the JSON form the indexer makes) as absolute docs and scores. */
export function packPostings(file: PostingsFile): PackedPostings {
  const { terms, counts } = file
  const docs = new Int32Array(file.docs.length)
  const weights = new Float32Array(file.weights.length)
  for (let p = 0; p < weights.length; p++) weights[p] = file.weights[p]! / WEIGHT_SCALE
  let p = 0
  for (let t = 0; t < counts.length; t++) {
    let doc = 0
    for (const end = Math.min(p + counts[t]!, docs.length); p < end; p++)
      docs[p] = doc += file.docs[p]!
  }
  return { terms, counts, docs, weights }
}

/** A listed document as stored: its fields in a fixed order, the kind apart. */
function documentJson({ id, title, context, href, handout }: ListedDoc): string {
  return JSON.stringify(
    handout === undefined ? [id, title, context, href] : [id, title, context, href, handout],
  )
}

const align4 = (n: number) => (n + 3) & ~3

/** The index as the bytes the build ships. */
export function encodeSearchIndex(file: SearchIndexFile): Uint8Array {
  const { documents, postings, ...rest } = file
  const encoder = new TextEncoder()
  const packed = packPostings(postings)
  const targeted = new Set(rest.groups.flatMap((group) => group.targets))
  const targetDocs: Record<string, number> = {}
  documents.forEach(({ id }, n) => {
    if (targeted.has(id) && !Object.hasOwn(targetDocs, id)) targetDocs[id] = n
  })
  const jsons = documents.map(documentJson)
  const header: Header = {
    ...rest,
    terms: postings.terms,
    counts: postings.counts,
    postingCount: packed.docs.length,
    documentCount: documents.length,
    targetDocs,
  }
  const headerBytes = encoder.encode(JSON.stringify(header))
  const start = align4(PREAMBLE + headerBytes.length)
  const weightsAt = start + packed.docs.byteLength
  const offsetsAt = weightsAt + packed.weights.byteLength
  const kindsAt = offsetsAt + (documents.length + 1) * 4
  const documentsAt = kindsAt + documents.length
  // Room for the documents at three bytes a character (UTF-8's most for a UTF-16 unit), cut to
  // what they took once written.
  const room = new Uint8Array(documentsAt + jsons.reduce((sum, json) => sum + json.length * 3, 0))
  const view = new DataView(room.buffer)
  let offset = 0
  jsons.forEach((json, n) => {
    view.setUint32(offsetsAt + n * 4, offset, true)
    offset += encoder.encodeInto(json, room.subarray(documentsAt + offset)).written
  })
  view.setUint32(offsetsAt + documents.length * 4, offset, true)
  documents.forEach((doc, n) => (room[kindsAt + n] = SEARCH_KINDS.indexOf(doc.kind)))
  view.setUint32(0, MAGIC, true)
  view.setUint32(4, file.version, true)
  view.setUint32(8, headerBytes.length, true)
  room.set(headerBytes, PREAMBLE)
  room.set(new Uint8Array(packed.docs.buffer), start)
  room.set(new Uint8Array(packed.weights.buffer), weightsAt)
  return room.slice(0, documentsAt + offset)
}

function fail(what: string): never {
  throw new IndexFormatError(what)
}

/** Reads the index from its bytes; what is not checked here is checked where it is used. */
export function decodeSearchIndex(input: ArrayBuffer | Uint8Array): PackedIndex {
  // Typed arrays read memory in the machine's order; every machine the app runs on is
  // little-endian, and the file is too.
  if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) fail('this machine is big-endian')
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  if (bytes.length < PREAMBLE) fail('the search index is empty or cut short')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== MAGIC) fail('the search index is not in a format this app reads')
  const version = view.getUint32(4, true)
  if (version !== SEARCH_INDEX_VERSION)
    fail(`the search index is version ${version}, this app reads version ${SEARCH_INDEX_VERSION}`)
  const headerLength = view.getUint32(8, true)
  if (PREAMBLE + headerLength > bytes.length) fail('the search index is cut short')
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let header: Header
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength))) as Header
  } catch (error) {
    fail(`the search index's header is broken (${(error as Error).message})`)
  }
  const { terms, counts, postingCount, documentCount, targetDocs, ...rest } = header
  if (![postingCount, documentCount].every((n) => Number.isInteger(n) && n >= 0))
    fail("the search index's header does not give its sizes")
  if (!Array.isArray(terms)) fail("the search index's header lists no terms")
  const targets = new Map(Object.entries(targetDocs ?? {}))
  for (const n of targets.values())
    if (!Number.isInteger(n) || n < 0 || n >= documentCount)
      fail('a search group names a missing document')
  const start = align4(PREAMBLE + headerLength)
  const offsetsAt = start + postingCount * 8
  const kindsAt = offsetsAt + (documentCount + 1) * 4
  // The documents run to the end of the file.
  const documentsAt = kindsAt + documentCount
  if (documentsAt > bytes.length) fail('the search index is cut short')
  // A copy when the bytes do not start on a 4-byte boundary of their buffer (never from fetch).
  const aligned = (bytes.byteOffset + start) % 4 ? bytes.slice() : bytes
  const base = aligned.byteOffset
  const buffer = aligned.buffer
  const docs = new Int32Array(buffer, base + start, postingCount)
  const weights = new Float32Array(buffer, base + start + postingCount * 4, postingCount)
  const offsets = new Uint32Array(buffer, base + offsetsAt, documentCount + 1)
  const kinds = aligned.subarray(kindsAt, documentsAt)
  for (let n = 0; n < kinds.length; n++)
    if (kinds[n]! >= SEARCH_KINDS.length) fail('a document has no known kind')
  const end = documentsAt + offsets[documentCount]!
  if (offsets[0] !== 0 || end !== bytes.length)
    fail(`the search index is ${bytes.length} bytes, its documents end at byte ${end}`)
  const documents: DocumentTable = {
    count: documentCount,
    kinds,
    get(n) {
      const from = offsets[n]!
      const to = offsets[n + 1]!
      let fields: unknown
      try {
        fields = JSON.parse(decoder.decode(aligned.subarray(documentsAt + from, documentsAt + to)))
      } catch {
        fail(`document ${n} of the search index is broken`)
      }
      const [id, title, context, href, handout] = Array.isArray(fields) ? fields : []
      if (![id, title, context, href].every((field) => typeof field === 'string'))
        fail(`document ${n} of the search index is broken`)
      const doc: ListedDoc = { id, kind: SEARCH_KINDS[kinds[n]!]!, title, context, href }
      if (typeof handout === 'string') doc.handout = handout
      return doc
    },
  }
  return {
    ...rest,
    version: SEARCH_INDEX_VERSION,
    documents,
    postings: { terms, counts, docs, weights },
    targetDocs: targets,
  }
}
