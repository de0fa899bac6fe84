import { z } from 'zod'
import { id, isoDate, line, text } from './common'

const items = (min: number, max: number) => z.array(text(300)).min(min).max(max)

/** Front matter of `handouts/<topic-id>.md`. */
export const handoutFrontMatter = z.strictObject({
  topic: id,
  title: line(80),
  summary: line(200),
  lastReviewed: isoDate,
  nextReview: isoDate,
  /** Bibliography keys for the short sources line. */
  sources: z.array(id).min(1).max(8),
  /**
   * "When should I get help?": red-flag ids from red-flags.yaml (the check requires every
   * emergency and same-day flag of the module). Their patient wording and
   * tiers come from the data, so the leaflet says what the module teaches.
   */
  help: z.array(id).min(1).max(30),
  checklist: items(3, 8),
  questions: items(3, 8),
})
export type HandoutFrontMatter = z.infer<typeof handoutFrontMatter>

/** Question headings every handout has, in this order; others may be added between them. */
export const HANDOUT_SECTIONS = [
  'What is it?',
  'Why does it happen?',
  'What can I do now?',
  'When should I get help?',
] as const

export const HANDOUT_WORDS = { min: 500, max: 900 } as const
export const HANDOUT_MAX_GRADE = 6

/** Stand-in front matter for a file whose own could not be read, so its body is still checked. */
export function handoutDefaults(topic: string): HandoutFrontMatter {
  return {
    topic,
    title: topic,
    summary: '',
    lastReviewed: '',
    nextReview: '',
    sources: [],
    help: [],
    checklist: [],
    questions: [],
  }
}
