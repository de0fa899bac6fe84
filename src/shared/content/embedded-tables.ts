import type { ChunkKind } from './catalogue'
import type { Deck, Topic } from './model'

/**
 * The comparison tables a chunk embeds (a module's part or a deck): loaded with it, so what it
 * shows is complete. The build lists them in the catalogue, so the app can ask for them at the
 * same time as the chunk instead of after reading it.
 */
export function embeddedTables(kind: ChunkKind, data: unknown): string[] {
  const ids = new Set<string>()
  if (kind === 'topic' || kind === 'topicRest')
    for (const section of (data as Pick<Topic, 'sections'>).sections)
      for (const block of section.blocks) if (block.kind === 'compare') ids.add(block.tableId)
  if (kind === 'deck')
    for (const slide of (data as Deck).slides)
      for (const block of slide.blocks) if (block.kind === 'compare') ids.add(block.tableId)
  return [...ids]
}
