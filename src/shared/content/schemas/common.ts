import { z } from 'zod'
import { ID_PATTERN } from '../../routes'

export const id = z.string().regex(ID_PATTERN, 'use lower-case words joined by hyphens, e.g. "pudendal-neuralgia"')
export const isoDate = z.iso.date()
/** Short single-line text (titles, labels). */
export const line = (max: number) => z.string().trim().min(1).max(max).refine((s) => !s.includes('\n'), 'must fit on one line')
/** Longer free text that may be Markdown inline content. */
export const text = (max: number) => z.string().trim().min(1).max(max)
export const ids = z.array(id)

/** Ordinal strength of evidence, following the evidence review's scale. */
export const EVIDENCE_LEVELS = ['high', 'moderate', 'low', 'very-low'] as const
export const evidenceLevel = z.enum(EVIDENCE_LEVELS)
export type EvidenceLevel = z.infer<typeof evidenceLevel>

export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  high: 'High',
  moderate: 'Moderate',
  low: 'Low',
  'very-low': 'Very low',
}
