import { z } from 'zod'
import { id, line, text } from './common'

const entry = z.strictObject({
  key: id,
  /** Vancouver style: "Surname AB, Surname CD" or an organisation. */
  authors: line(300),
  title: text(400),
  /** Journal, publisher or website. */
  source: line(200),
  year: z.union([z.number().int().min(1800).max(2100), z.literal('n.d.')]),
  /** Volume, issue, pages or report number. */
  details: line(120).optional(),
  url: z
    .string()
    .regex(/^https:\/\/[^\s]+$/, 'must be an https:// address')
    .optional(),
  /** Caveats the evidence review recorded (seen only in a secondary source, not verified…). */
  note: line(300).optional(),
  /** Short form for tooltips when the default (first author + year) reads badly. */
  short: line(60).optional(),
})

/** `bibliography.yaml`: every reference, with the stable key content cites it by. */
export const bibliographyFile = z.strictObject({ entries: z.array(entry).min(1) })
export type BibliographyEntry = z.infer<typeof entry>
