import '../security/no-eval'
import { z } from 'zod'
import { CHUNK_FORMAT, type ChunkKind } from '@shared/content/catalogue'
import { ChunkError, type ChunkRef } from './chunk-error'

/*
 * A chunk was validated in full when the build compiled it; these checks catch a file that is
 * damaged, truncated, swapped for another or left from another version, before a view renders
 * it. They check the shape views rely on (ids, titles, the lists they loop over), not every leaf.
 */
const text = z.string()
const list = z.array(z.unknown())
const reference = z.looseObject({ number: z.number(), key: text, text })
const block = z.looseObject({ kind: text })
const section = z.looseObject({ slug: text, title: text, blocks: z.array(block) })
const entry = (kind: 'hormone' | 'condition') =>
  z.looseObject({
    entry: z.looseObject({
      id: text,
      kind: z.literal(kind),
      name: text,
      summary: text,
      sections: z.array(section),
      references: z.array(reference),
    }),
    backlinks: z.array(z.looseObject({ href: text, label: text, context: text })),
  })

const DATA: Record<ChunkKind, z.ZodType> = {
  topic: z.looseObject({
    id: text,
    title: text,
    outline: z.array(
      z.looseObject({
        slug: text,
        title: text,
        subheadings: z.array(z.looseObject({ slug: text })),
      }),
    ),
    sections: z.array(section),
    related: z.array(text),
    audience: z.array(text),
  }),
  topicRest: z.looseObject({
    id: text,
    sections: z.array(section),
    quiz: list,
    references: z.array(reference),
  }),
  handout: z.looseObject({
    topic: text,
    title: text,
    sections: z.array(z.looseObject({ title: text, html: text })),
    help: list,
    checklist: z.array(text),
    questions: z.array(text),
    sources: z.array(reference),
  }),
  hormone: entry('hormone'),
  condition: entry('condition'),
  comparison: z.looseObject({
    id: text,
    title: text,
    columns: z.array(z.looseObject({ id: text, label: text })),
    rows: z.array(z.looseObject({ id: text, label: text, cells: z.record(text, z.unknown()) })),
    references: z.array(reference),
  }),
  deck: z.looseObject({
    id: text,
    title: text,
    slides: z.array(z.looseObject({ id: text, title: text, kind: text, blocks: z.array(block) })),
    references: z.array(reference),
  }),
  sources: z.array(z.looseObject({ key: text, text, citedIn: list })),
  outlines: z.array(
    z.looseObject({ id: text, title: text, slides: z.array(z.looseObject({ id: text })) }),
  ),
}

/** The id a chunk's data names itself by (whole-library lists are `all`). */
function ownId(kind: ChunkKind, data: unknown): string {
  const d = data as Record<string, unknown> & { entry?: { id: string } }
  if (kind === 'sources' || kind === 'outlines') return 'all'
  if (kind === 'handout') return String(d['topic'])
  if (kind === 'hormone' || kind === 'condition') return String(d.entry?.id)
  return String(d['id'])
}

/**
 * Parses a chunk file's text and checks it is the chunk asked for, in this app's format.
 * Throws a `ChunkError` ('unreadable') that says what is wrong.
 */
export function parseChunk(ref: ChunkRef, fileText: string): unknown {
  let json: unknown
  try {
    json = JSON.parse(fileText)
  } catch (error) {
    throw new ChunkError('unreadable', ref, `not valid JSON (${(error as Error).message})`)
  }
  const envelope = z
    .object({ format: z.literal(CHUNK_FORMAT), kind: z.literal(ref.kind), id: z.literal(ref.id) })
    .loose()
    .safeParse(json)
  if (!envelope.success)
    throw new ChunkError('unreadable', ref, `not this item, or from another version of the app`)
  const data = DATA[ref.kind].safeParse((json as { data: unknown }).data)
  if (!data.success) {
    const issue = data.error.issues[0]
    throw new ChunkError(
      'unreadable',
      ref,
      `damaged: ${issue?.path.join('.') || 'contents'}: ${issue?.message ?? 'invalid'}`,
    )
  }
  if (ownId(ref.kind, data.data) !== ref.id)
    throw new ChunkError('unreadable', ref, 'the file holds a different item')
  return data.data
}
