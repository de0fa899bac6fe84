import type { ContentBundle } from '@shared/content/model'
import { buildCatalogue, contentChunks } from '@shared/content/catalogue'
import { createContentIndex, type ContentIndex } from './content-index'

/**
 * An index over a whole compiled bundle with every chunk already loaded: what renderer tests
 * inject (fixture content, no files), so views read items as they do after the router loaded
 * them. `missing` lists chunks (`kind:id`) to leave unloaded and unreadable, for failure tests.
 */
export async function contentFromBundle(
  bundle: ContentBundle,
  missing: string[] = [],
): Promise<ContentIndex> {
  const chunks = contentChunks(bundle)
  const texts = new Map(chunks.map((c) => [`${c.kind}:${c.id}`, JSON.stringify(c)]))
  const catalogue = buildCatalogue(
    bundle,
    chunks.map((c) => ({ kind: c.kind, id: c.id, hash: 'memory' })),
  )
  const index = createContentIndex(catalogue, async (ref) => {
    const text = texts.get(`${ref.kind}:${ref.id}`)
    if (text === undefined || missing.includes(`${ref.kind}:${ref.id}`))
      throw new Error('not in the test bundle')
    return text
  })
  await index.ensure(chunks.filter((c) => !missing.includes(`${c.kind}:${c.id}`)))
  return index
}
