import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildSearchIndex,
  SEARCH_INDEX_VERSION,
  type SearchIndexFile,
} from '@shared/search/index-file'
import { assetLoader, LOAD_MEASURE, SearchUnavailable } from '@renderer/search/search-service'
import { fixtureBundle } from '../content'

let json: string
beforeAll(async () => {
  json = JSON.stringify(buildSearchIndex(await fixtureBundle()).file)
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

const ok = (body: string) => () => new Response(body, { status: 200 })

describe('the search index loader', () => {
  it('fetches the asset once, loads it, and measures the load', async () => {
    const { fetch, calls } = fetchFrom(ok(json))
    const load = assetLoader('assets/search-index-abc.json', fetch)
    const [a, b] = await Promise.all([load(), load()])
    expect(a).toBe(b)
    expect(await load()).toBe(a)
    expect(calls.filter((url) => url.includes('search-index'))).toEqual([
      'assets/search-index-abc.json',
    ])
    expect(a.search('leg cramps').hits[0]?.kind).toBe('module')
    expect(performance.getEntriesByName(LOAD_MEASURE).length).toBeGreaterThan(0)
  })

  it('says what failed and what to do when the asset is missing, then tries again', async () => {
    const { fetch, calls } = fetchFrom(() => new Response('', { status: 404 }), ok(json))
    const load = assetLoader('x.json', fetch)
    const failure = await load().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SearchUnavailable)
    expect((failure as Error).message).toBe(
      'The search index could not be read (HTTP 404). Close and reopen the app; if search still fails, reinstall it.',
    )
    // Not remembered: the next search loads it.
    expect((await load()).documentCount).toBeGreaterThan(5)
    expect(calls.filter((url) => url === 'x.json')).toHaveLength(2)
  })

  it('refuses a file that is not JSON, or an index of another version, in plain words', async () => {
    const broken = await failureOf(
      assetLoader('x.json', fetchFrom(ok('{"version": 1, "ind')).fetch),
    )
    expect(broken.message).toMatch(
      /^The search index could not be read \(.*JSON.*\)\. Close and reopen/,
    )
    const old = JSON.stringify({ ...JSON.parse(json), version: 0 })
    const stale = await failureOf(assetLoader('x.json', fetchFrom(ok(old)).fetch))
    expect(stale.message).toBe(
      `The search index does not fit this version of the app (the search index is version 0, this app reads version ${SEARCH_INDEX_VERSION}). Reinstall the app.`,
    )
    // A file of the right version whose postings do not add up (cut short, or edited).
    const file = JSON.parse(json) as SearchIndexFile
    const cut = { ...file, postings: { ...file.postings, docs: file.postings.docs.slice(1) } }
    const broken2 = await failureOf(assetLoader('x.json', fetchFrom(ok(JSON.stringify(cut))).fetch))
    expect(broken2.message).toMatch(/^The search index does not fit .*Reinstall the app\.$/)
    const stray = structuredClone(file)
    stray.postings.docs[0] = file.documents.length + 5
    const broken3 = await failureOf(
      assetLoader('x.json', fetchFrom(ok(JSON.stringify(stray))).fetch),
    )
    expect(broken3.message).toMatch(/names a missing document/)
  })
})
