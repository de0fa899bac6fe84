import { describe, expect, it } from 'vitest'
import { ChunkError } from '@renderer/content/chunk-error'
import { fetchChunkSource } from '@renderer/content/fetch-chunk-source'

const BASE = 'app://atlas/assets/content/'
const ref = { kind: 'topic', id: 'leg-cramps' } as const

/** A fetch that records the URLs asked for and answers with `respond`. */
function stubFetch(respond: () => Promise<Response>) {
  const urls: string[] = []
  const fetchImpl = ((input: string) => {
    urls.push(input)
    return respond()
  }) as typeof fetch
  return { urls, fetchImpl }
}

async function failure(promise: Promise<unknown>): Promise<ChunkError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ChunkError)
  return error as ChunkError
}

describe('reading chunk files', () => {
  it('asks for the file the catalogue names, beside the entry chunk, and returns its text', async () => {
    const { urls, fetchImpl } = stubFetch(async () => new Response('{"format":1}'))
    const text = await fetchChunkSource(BASE, fetchImpl)(ref, '0123456789')
    expect(text).toBe('{"format":1}')
    expect(urls).toEqual(['app://atlas/assets/content/topic-leg-cramps-0123456789.json'])
  })

  it('calls a 404 a missing file', async () => {
    const { fetchImpl } = stubFetch(async () => new Response('Not found', { status: 404 }))
    const error = await failure(fetchChunkSource(BASE, fetchImpl)(ref, 'x'))
    expect(error.reason).toBe('missing')
    expect(error.detail).toBe('its file is missing (HTTP 404)')
  })

  it('calls a refused or failed request a file that could not be read', async () => {
    const { fetchImpl } = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = await failure(fetchChunkSource(BASE, fetchImpl)(ref, 'x'))
    expect(error.reason).toBe('missing')
    expect(error.detail).toBe('could not be read (Failed to fetch)')
  })
})
