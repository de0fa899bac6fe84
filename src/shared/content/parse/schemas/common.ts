import { z } from 'zod'
import { ID_PATTERN } from '../../../routes'
import { EVIDENCE_LABELS, EVIDENCE_LEVELS, type EvidenceLevel } from '../../labels'

export const id = z
  .string()
  .regex(ID_PATTERN, 'use lower-case words joined by hyphens, e.g. "pudendal-neuralgia"')
export const isoDate = z.iso.date()
/** Short single-line text (titles, labels). */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !s.includes('\n'), 'must fit on one line')
/** Longer free text that may be Markdown inline content. */
export const text = (max: number) => z.string().trim().min(1).max(max)
export const ids = z.array(id)

export const evidenceLevel = z.enum(EVIDENCE_LEVELS)
export { EVIDENCE_LEVELS, EVIDENCE_LABELS, type EvidenceLevel }
