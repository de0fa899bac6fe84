import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildSearchIndex,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
} from '@shared/search/index-file'
import { encodeSearchIndex } from '@shared/search/index-binary'
import { SearchIndexError } from '@shared/search/search-index-error'
import { assetLoader, SearchUnavailable } from '@renderer/search/search-service'
import { LOAD_MEASURE } from '@shared/search/measures'
import { fixtureBundle } from '../content'
import { strayIndex } from './search-harness'

let file: SearchIndexFile
let bytes: Uint8Array<ArrayBuffer>
/** An index file packed as the build packs it. */
const pack = (index: SearchIndexFile) => encodeSearchIndex(index) as Uint8Array<ArrayBuffer>
beforeAll(async () => {
  file = buildSearchIndex(await fixtureBundle()).file
  bytes = pack(file)
})

/** The error a load fails with (the test fails if it succeeds). */
async function failureOf(load: () => Promise<unknown>): Promise<Error> {
  const outcome = await load().then(
    () => null,
    (error: unknown) => error as Error,
  )
  if (!outcome) throw new Error('expected the load to fail')
  return outcome
}

/** A fetch that answers from a list, one response per call, and counts its calls. */
function fetchFrom(...answers: (() => Response)[]) {
  const calls: string[] = []
  const fetch = (async (url: string) => {
    calls.push(url)
    const answer = answers[Math.min(calls.length, answers.length) - 1]!
    return answer()
  }) as unknown as typeof globalThis.fetch
  return { fetch, calls }
}

const ok = (body: BodyInit) => () => new Response(body, { status: 200 })

describe('the search index loader', () => {
  it('fetches the asset once, loads it, and measures the load', async () => {
    const { fetch, calls } = fetchFrom(ok(bytes))
    const load = assetLoader('assets/search-index-abc.bin', fetch)
    const [a, b] = await Promise.all([load(), load()])
    expect(a).toBe(b)
    expect(await load()).toBe(a)
    expect(calls.filter((url) => url.includes('search-index'))).toEqual([
      'assets/search-index-abc.bin',
    ])
    expect(a.search('leg cramps').hits[0]?.kind).toBe('module')
    expect(performance.getEntriesByName(LOAD_MEASURE).length).toBeGreaterThan(0)
  })

  it('says what failed and what to do when the asset is missing, then tries again', async () => {
    const { fetch, calls } = fetchFrom(() => new Response('', { status: 404 }), ok(bytes))
    const load = assetLoader('x.bin', fetch)
    const failure = await load().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SearchUnavailable)
    expect((failure as Error).message).toBe(
      'The search index could not be read (HTTP 404). Close and reopen the app; if search still fails, reinstall it.',
    )
    // Not remembered: the next search loads it.
    expect((await load()).documentCount).toBeGreaterThan(5)
    expect(calls.filter((url) => url === 'x.bin')).toHaveLength(2)
  })

  it('refuses a file that is not an index, or an index of another version, in plain words', async () => {
    const notIndex = await failureOf(
      assetLoader('x.bin', fetchFrom(ok('{"version": 1, "ind')).fetch),
    )
    expect(notIndex.message).toBe(
      'The search index does not fit this version of the app (the search index is not in a format this app reads). Reinstall the app.',
    )
    const stale = await failureOf(
      assetLoader('x.bin', fetchFrom(ok(pack({ ...file, version: 0 as 3 }))).fetch),
    )
    expect(stale.message).toBe(
      `The search index does not fit this version of the app (the search index is version 0, this app reads version ${SEARCH_INDEX_VERSION}). Reinstall the app.`,
    )
    // Cut short (a broken copy): the sizes its header gives do not fit.
    const short = await failureOf(assetLoader('x.bin', fetchFrom(ok(bytes.slice(0, -1))).fetch))
    expect(short.message).toMatch(
      /^The search index does not fit .*its documents end at byte.*Reinstall the app\.$/,
    )
    // A file of the right version whose postings do not add up (cut short, or edited).
    const cut = { ...file, postings: { ...file.postings, docs: file.postings.docs.slice(1) } }
    const broken = await failureOf(assetLoader('x.bin', fetchFrom(ok(pack(cut))).fetch))
    expect(broken.message).toMatch(/^The search index does not fit .*Reinstall the app\.$/)
  })

  it('loads an index whose postings are broken, and a search meeting them says so', async () => {
    const { index, term } = strayIndex(file)
    const searcher = await assetLoader('x.bin', fetchFrom(ok(pack(index))).fetch)()
    // Postings are checked as a search first reads them: the other words still search.
    expect(searcher.search('leg cramps').total).toBeGreaterThan(0)
    expect(() => searcher.search(term)).toThrow(SearchIndexError)
    expect(() => searcher.search(term)).toThrow(`term "${term}" names a missing document`)
  })
})
