import { z } from 'zod'
import { id, line } from './common'

/** Front matter of `decks/<module-id>.md`. */
export const deckFrontMatter = z.strictObject({
  /** The module the deck teaches; also the file name. */
  module: id,
  title: line(80),
  /** The deck's time budget in minutes: its slides' budgets must add up to it. */
  minutes: z.number().int().min(5).max(240),
})
export type DeckFrontMatter = z.infer<typeof deckFrontMatter>

/** Stand-in front matter for a deck whose own could not be read, so its slides are still checked. */
export function deckDefaults(module: string): DeckFrontMatter {
  return { module, title: module, minutes: 0 }
}

/**
 * Words of authored body a slide may carry (headings, notes, answers and text printed from the
 * safety data or a comparison table are not counted). A self-check's answer has its own limit.
 */
export const SLIDE_WORD_LIMIT = 40

/** How far a deck's budget may stray from its module's teaching minutes. */
export const DECK_BUDGET_TOLERANCE = 0.1

/** At most this many rows and columns of a comparison table fit on a slide at projector size. */
export const SLIDE_COMPARE_LIMITS = { rows: 5, columns: 3 } as const

/**
 * Containers a slide may use besides the module ones (notes, callouts, compare, red-flags,
 * cautions). Text in these makes no claim (a title, objectives, a case, a question, words to
 * say to a patient, a question for the room), so it needs no citation.
 */
export const DECK_CONTAINERS = [
  'title',
  'objectives',
  'vignette',
  'question',
  'say',
  'ask',
] as const
export const DECK_CLAIM_CONTAINERS = ['answer', 'flow'] as const
