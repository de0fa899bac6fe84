import { chunkFileName } from '@shared/content/catalogue'
import { ChunkError } from './chunk-error'
import type { ChunkSource } from './content-index'

/**
 * Reads chunks the build emitted beside the entry chunk (`virtual:atlas-content` gives the
 * base URL), over app:// in the desktop app: the CSP's connect-src 'self' allows it.
 */
export function fetchChunkSource(base: string, fetchImpl: typeof fetch = fetch): ChunkSource {
  return async (ref, hash) => {
    let response: Response
    try {
      response = await fetchImpl(new URL(chunkFileName(ref.kind, ref.id, hash), base).href)
    } catch (error) {
      throw new ChunkError('missing', ref, `could not be read (${(error as Error).message})`)
    }
    if (!response.ok)
      throw new ChunkError('missing', ref, `its file is missing (HTTP ${response.status})`)
    try {
      return await response.text()
    } catch (error) {
      throw new ChunkError('missing', ref, `could not be read (${(error as Error).message})`)
    }
  }
}
