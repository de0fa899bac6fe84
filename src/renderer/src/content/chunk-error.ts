import type { ChunkKind } from '@shared/content/catalogue'

/**
 * One loadable piece of content: a module's opening or the rest of it, an entry, a table, a
 * handout, a deck, or a whole-library list.
 */
export interface ChunkRef {
  kind: ChunkKind
  id: string
}

/**
 * Why a chunk could not be loaded: its file is missing or could not be read (`missing`), its
 * text is not what this version of the app expects (`unreadable`), or the catalogue has no such
 * item (`unknown`, a mistyped address: the view's own "not found" covers that).
 */
export class ChunkError extends Error {
  constructor(
    readonly reason: 'missing' | 'unreadable' | 'unknown',
    readonly chunk: ChunkRef,
    /** The technical detail, for the page's "details" line. */
    readonly detail: string,
  ) {
    super(`${describeChunk(chunk)}: ${detail}`)
    this.name = 'ChunkError'
  }
}

const NOUNS: Record<ChunkKind, string> = {
  topic: 'module',
  topicRest: 'module',
  handout: 'patient handout',
  hormone: 'hormone entry',
  condition: 'condition entry',
  comparison: 'comparison table',
  deck: 'slide deck',
  sources: 'list of sources',
  outlines: 'list of slides',
}

/** Which part of an item a chunk is, where items come in parts. */
const PARTS: Partial<Record<ChunkKind, string>> = { topicRest: ' (its later sections)' }

/** "module “cramps-after-sex”", or the list's name for whole-library chunks. */
export function describeChunk(ref: ChunkRef): string {
  return ref.id === 'all'
    ? NOUNS[ref.kind]
    : `${NOUNS[ref.kind]} “${ref.id}”${PARTS[ref.kind] ?? ''}`
}

/** The noun alone ("module"), for headings. */
export const chunkNoun = (kind: ChunkKind): string => NOUNS[kind]
