import { z } from 'zod'
import { id, line, text } from './common'

/**
 * What kind of source an entry is. `internal` marks the project's own evidence review: it may
 * support only "no source was found" statements, never a clinical claim on its own.
 */
export const SOURCE_KINDS = [
  'study',
  'review',
  'guideline',
  'book',
  'patient-information',
  'internal',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

/** One bibliography entry (checked on its own too, so one bad entry spares the rest). */
export const bibliographyEntry = z.strictObject({
  key: id,
  /** Vancouver style: "Surname AB, Surname CD" or an organisation. */
  authors: line(300),
  title: text(400),
  /** Journal, publisher or website. */
  source: line(200),
  year: z.union([z.number().int().min(1800).max(2100), z.literal('n.d.')]),
  /** Volume, issue, pages or report number. */
  details: line(120).optional(),
  kind: z.enum(SOURCE_KINDS),
  /** Digital Object Identifier, without the resolver: `10.1136/bjsm.2008.050401`. */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'write the DOI alone, e.g. 10.1136/bjsm.2008.050401')
    .optional(),
  /** PubMed identifier. */
  pmid: z
    .string()
    .regex(/^\d{1,9}$/, 'write the PubMed id as digits only')
    .optional(),
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
export const bibliographyFile = z.strictObject({ entries: z.array(bibliographyEntry).min(1) })
export type BibliographyEntry = z.infer<typeof bibliographyEntry>
