import '../security/no-eval'
import { z } from 'zod'
import { CHUNK_KINDS, type Catalogue } from '@shared/content/catalogue'

/*
 * The catalogue was built from validated content; this catches a file that is damaged, cut
 * short or left from another version before the app lists anything from it. It checks what the
 * lists, links and loader rely on (ids, titles, dates, the chunk hashes), not every field.
 */
const text = z.string()
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const hash = z.string().regex(/^[0-9a-f]{10}$/)
const entry = (kind: 'hormone' | 'condition') =>
  z.looseObject({ id: text, kind: z.literal(kind), name: text, summary: text, lastReviewed: date })

const catalogueSchema = z.looseObject({
  tiers: z.array(z.looseObject({ id: text, label: text })).min(1),
  topics: z.array(
    z.looseObject({
      id: text,
      title: text,
      summary: text,
      teachingMinutes: z.number(),
      lastReviewed: date,
      nextReview: date,
      questions: z.number(),
      hasDeck: z.boolean(),
      hasHandout: z.boolean(),
    }),
  ),
  handouts: z.array(z.looseObject({ topic: text, title: text, lastReviewed: date })),
  hormones: z.array(entry('hormone')),
  conditions: z.array(entry('condition')),
  comparisons: z.array(z.looseObject({ id: text, title: text, rows: z.number() })),
  embeds: z.record(text, z.record(text, z.array(text))).optional(),
  chunks: z.object(
    Object.fromEntries(CHUNK_KINDS.map((kind) => [kind, z.record(text, hash)])) as Record<
      (typeof CHUNK_KINDS)[number],
      z.ZodRecord<z.ZodString, typeof hash>
    >,
  ),
})

/** The catalogue in `value`, or the first thing wrong with it, in words. */
export function checkCatalogue(value: unknown): { catalogue: Catalogue } | { problem: string } {
  const parsed = catalogueSchema.safeParse(value)
  if (parsed.success) return { catalogue: value as Catalogue }
  const issue = parsed.error.issues[0]!
  return { problem: `${issue.path.join('.') || 'the file'}: ${issue.message}` }
}
