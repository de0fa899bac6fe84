import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  buildSearchIndex,
  type BuiltSearchIndex,
  type SearchIndexFile,
} from '@shared/search/index-file'
import { encodeSearchIndex } from '@shared/search/index-binary'
import {
  assetLoader,
  READ_ALL_TEXTS_UP_TO,
  SearchUnavailable,
} from '@renderer/search/search-service'
import { fixtureBundle } from '../content'

const INDEX = 'assets/search-index-abc.bin'

/** A fetch serving `index` and `built`'s text files beside it (assets/), counting requests. */
function serve(built: BuiltSearchIndex, index: SearchIndexFile = built.file) {
  const files = new Map<string, string | Uint8Array<ArrayBuffer>>([
    [INDEX, encodeSearchIndex(index) as Uint8Array<ArrayBuffer>],
    ...built.textFiles.map((f) => [`assets/${f.name}`, f.json] as [string, string]),
  ])
  const calls: string[] = []
  const fetch = (async (url: string) => {
    calls.push(url)
    const body = files.get(url)
    return new Response(body ?? '', { status: body === undefined ? 404 : 200 })
  }) as unknown as typeof globalThis.fetch
  return { fetch, calls, files }
}

const settle = () => new Promise((done) => setTimeout(done, 20))

let small: BuiltSearchIndex
/** The same content with one document per text file: more files than are read at load. */
let large: BuiltSearchIndex
beforeAll(async () => {
  const bundle = await fixtureBundle()
  small = buildSearchIndex(bundle)
  large = buildSearchIndex(bundle, { textFileChars: 1 })
}, 60_000)

describe('the texts shown as snippets', () => {
  it('are not in the index: a small atlas reads all its text files once the index is in', async () => {
    expect(small.file.texts.length).toBeLessThanOrEqual(READ_ALL_TEXTS_UP_TO)
    expect(JSON.stringify(small.file)).not.toContain(small.textFiles[0]!.json.slice(40, 120))
    const { fetch, calls } = serve(small)
    const searcher = await assetLoader(INDEX, fetch)()
    await vi.waitFor(() =>
      expect(searcher.search('leg cramps').hits.every((hit) => hit.snippet !== null)).toBe(true),
    )
    expect(searcher.search('leg cramps').hits.length).toBeGreaterThan(0)
    expect(calls.slice(1).sort()).toEqual(small.textFiles.map((f) => `assets/${f.name}`).sort())
  })

  it('in a large atlas, are read only for the results shown, each file once', async () => {
    expect(large.file.texts.length).toBeGreaterThan(READ_ALL_TEXTS_UP_TO)
    const { fetch, calls } = serve(large)
    const searcher = await assetLoader(INDEX, fetch)()
    await settle()
    expect(calls).toEqual([INDEX])
    const first = searcher.search('cramp', { limit: 3 }).hits
    expect(first).toHaveLength(3)
    expect(first.every((hit) => hit.snippet === null)).toBe(true)
    // Two searches wanting the same files share the reads.
    await Promise.all([searcher.loadTexts(first), searcher.loadTexts(first)])
    expect(calls).toHaveLength(1 + 3)
    const again = searcher.search('cramp', { limit: 3 }).hits
    expect(again.map((hit) => hit.id)).toEqual(first.map((hit) => hit.id))
    expect(again.every((hit) => hit.snippet !== null && hit.snippet.length > 0)).toBe(true)
    await searcher.loadTexts(again)
    expect(calls).toHaveLength(1 + 3)
  })

  it('say which file could not be read, and it is read again next time', async () => {
    const { fetch, calls, files } = serve(large)
    const searcher = await assetLoader(INDEX, fetch)()
    const hits = searcher.search('cramp', { limit: 1 }).hits
    const url = `assets/${large.file.texts.find((ref) => ref.first === docOf(hits[0]!.id))!.file}`
    const body = files.get(url)!
    files.delete(url)
    await expect(searcher.loadTexts(hits)).rejects.toThrow(
      `${url.replace('assets/', '')} could not be read (HTTP 404)`,
    )
    expect(searcher.search('cramp', { limit: 1 }).hits[0]!.snippet).toBeNull()
    files.set(url, body)
    await searcher.loadTexts(hits)
    expect(calls.filter((call) => call === url)).toHaveLength(2)
    expect(searcher.search('cramp', { limit: 1 }).hits[0]!.snippet).not.toBeNull()
  })

  it('refuse a text file that is not the one the index lists', async () => {
    const { fetch, files } = serve(large)
    const searcher = await assetLoader(INDEX, fetch)()
    const hits = searcher.search('cramp', { limit: 1 }).hits
    const ref = large.file.texts.find((r) => r.first === docOf(hits[0]!.id))!
    const other = large.file.texts.find((r) => r !== ref)!
    files.set(`assets/${ref.file}`, files.get(`assets/${other.file}`)!)
    await expect(searcher.loadTexts(hits)).rejects.toThrow(
      `${ref.file} is not the text file the search index lists`,
    )
  })

  it('must all be listed: an index whose files skip a document does not load', async () => {
    const cut = { ...large.file, texts: large.file.texts.slice(1) }
    const failure = await assetLoader(INDEX, serve(large, cut).fetch)().catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(SearchUnavailable)
    expect((failure as Error).message).toBe(
      "The search index does not fit this version of the app (the search index's text files skip or repeat document 0). Reinstall the app.",
    )
    const outside = {
      ...large.file,
      texts: large.file.texts.map((ref, i) => (i ? ref : { ...ref, file: '../../secret.json' })),
    }
    const refused = await assetLoader(INDEX, serve(large, outside).fetch)().catch((e: unknown) => e)
    expect((refused as Error).message).toContain('names a text file "../../secret.json"')
  })
})

/** A document's number in the fixture index, from its id. */
function docOf(id: string): number {
  return large.file.documents.findIndex((doc) => doc.id === id)
}
