import { z } from 'zod'
import { id, isoDate, text } from './common'

/**
 * The AHRQ PEMAT for printable materials (PEMAT-P, version 1.0): 17 understandability items
 * (1–12, 15–19) and 7 actionability items (20–26). Items 13 and 14 apply only to audiovisual
 * material. Statements are the instrument's own, so that a score can be checked against it.
 */
export const PEMAT_P_ITEMS = {
  1: 'The material makes its purpose completely evident.',
  2: 'The material does not include information or content that distracts from its purpose.',
  3: 'The material uses common, everyday language.',
  4: 'Medical terms are used only to familiarize audience with the terms. When used, medical terms are defined.',
  5: 'The material uses the active voice.',
  6: 'Numbers appearing in the material are clear and easy to understand.',
  7: 'The material does not expect the user to perform calculations.',
  8: 'The material breaks or "chunks" information into short sections.',
  9: "The material's sections have informative headers.",
  10: 'The material presents information in a logical sequence.',
  11: 'The material provides a summary.',
  12: 'The material uses visual cues (e.g., arrows, boxes, bullets, bold, larger font, highlighting) to draw attention to key points.',
  15: 'The material uses visual aids whenever they could make content more easily understood.',
  16: "The material's visual aids reinforce rather than distract from the content.",
  17: "The material's visual aids have clear titles or captions.",
  18: 'The material uses illustrations and photographs that are clear and uncluttered.',
  19: 'The material uses simple tables with short and clear row and column headings.',
  20: 'The material clearly identifies at least one action the user can take.',
  21: 'The material addresses the user directly when describing actions.',
  22: 'The material breaks down any action into manageable, explicit steps.',
  23: 'The material provides a tangible tool (e.g., menu planners, checklists) whenever it could help the user take action.',
  24: 'The material provides simple instructions or examples of how to perform calculations.',
  25: 'The material explains how to use the charts, graphs, tables, or diagrams to take actions.',
  26: 'The material uses visual aids whenever they could make it easier to act on the instructions.',
} as const
export type PematItem = keyof typeof PEMAT_P_ITEMS

/** Items that assess actionability; the rest assess understandability. */
export const PEMAT_ACTIONABILITY: readonly number[] = [20, 21, 22, 23, 24, 25, 26]
/** Items the instrument allows to be scored N/A (no numbers, very short, no visuals, no tables). */
export const PEMAT_NA_ALLOWED: readonly number[] = [6, 8, 9, 11, 16, 17, 18, 19, 24, 25]
/** AHRQ's suggested threshold: 70% or more counts as understandable / actionable. */
export const PEMAT_PASS = 70

const score = z.union([z.literal(0), z.literal(1), z.literal('na')])

/** `handouts/<topic-id>.pemat.yaml`: the item-by-item PEMAT-P score of a handout. */
export const pematFile = z.strictObject({
  topic: id,
  scored: isoDate,
  items: z.array(z.strictObject({ item: z.number().int(), score, note: text(400) })),
})
export type PematFile = z.infer<typeof pematFile>
