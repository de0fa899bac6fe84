import { z } from 'zod'
import { evidenceLevel, id, ids, isoDate, line } from './common'
import { CONDITION_CATEGORIES, HORMONE_CLASSES } from '../../labels'
import { tierId } from './safety'

export { CONDITION_CATEGORIES, HORMONE_CLASSES }

const common = {
  id,
  name: line(80),
  aliases: z.array(line(80)).default([]),
  /** One sentence, shown in previews and on index cards. */
  summary: line(220),
  /** Strength of the evidence behind what the entry says about post-coital symptoms. */
  evidence: evidenceLevel,
  /** Teaching modules this entry belongs with. */
  modules: ids.min(1),
  lastReviewed: isoDate,
}

/** Front matter of `hormones/<id>.md`. */
export const hormoneFrontMatter = z.strictObject({
  ...common,
  class: z.enum(Object.keys(HORMONE_CLASSES) as [keyof typeof HORMONE_CLASSES]),
  source: line(200),
})
export type HormoneFrontMatter = z.infer<typeof hormoneFrontMatter>

/** Front matter of `conditions/<id>.md`. */
export const conditionFrontMatter = z.strictObject({
  ...common,
  category: z.enum(Object.keys(CONDITION_CATEGORIES) as [keyof typeof CONDITION_CATEGORIES]),
  /** How soon care is needed when the condition is suspected: a tier of urgency-tiers.yaml. */
  urgency: tierId,
})
export type ConditionFrontMatter = z.infer<typeof conditionFrontMatter>

export const HORMONE_SECTIONS = [
  'Around orgasm',
  'Actions',
  'Link to post-coital symptoms',
  'Strength of evidence',
  'Common misconceptions',
] as const

/** Entry sections that explain or correct rather than advise (see TOPIC_ADVICE_EXEMPT). */
export const ENTRY_ADVICE_EXEMPT = [
  'Around orgasm',
  'Actions',
  'Strength of evidence',
  'Common misconceptions',
]

export const CONDITION_SECTIONS = [
  'Key features',
  'Distinguishing findings',
  'Red flags',
  'First-line management',
  'When and where to refer',
] as const

const entryDefaults = (id: string) => ({
  id,
  name: id,
  aliases: [],
  summary: '',
  evidence: 'low' as const,
  modules: [],
  lastReviewed: '',
})

/** Stand-in front matter for a file whose own could not be read, so its body is still checked. */
export function hormoneDefaults(id: string): HormoneFrontMatter {
  return { ...entryDefaults(id), class: 'peptide-hormone', source: '' }
}

/** Stand-in front matter for a file whose own could not be read, so its body is still checked. */
export function conditionDefaults(id: string): ConditionFrontMatter {
  return { ...entryDefaults(id), category: 'gynaecological', urgency: 'routine' }
}
