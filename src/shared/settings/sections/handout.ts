import { z } from 'zod'

export const PAPER_SIZES = ['a4', 'letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/** What a new patient handout starts with; the handout panel can change them for one handout. */
export const handoutDefaultsSchema = z.strictObject({
  paper: z.enum(PAPER_SIZES).default('a4'),
  largePrint: z.boolean().default(false),
})
export type HandoutDefaults = z.infer<typeof handoutDefaultsSchema>
