import { z } from 'zod'

/** A slide wherever it is presented: "<deck>/<slide-id>". */
export const slideKey = z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
const seconds = z.number().finite().min(0).max(36000)

/**
 * Rehearsal timings and the budgets a presenter chose to keep. Budgets belong to a slide, so
 * a kept budget also paces that slide inside a session.
 */
export const timingsFileSchema = z.strictObject({
  version: z.literal(1),
  /** Slide key → seconds, replacing the deck's budget for that slide. */
  budgets: z.record(slideKey, seconds),
  /** Presentation ("deck:<id>" or "session:<id>") → its last rehearsal. */
  rehearsals: z.record(
    z.string().max(100),
    z.strictObject({ recordedAt: z.iso.datetime(), seconds: z.record(slideKey, seconds) }),
  ),
})
export type TimingsFile = z.infer<typeof timingsFileSchema>

export const EMPTY_TIMINGS: TimingsFile = { version: 1, budgets: {}, rehearsals: {} }
