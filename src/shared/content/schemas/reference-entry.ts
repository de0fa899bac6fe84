import { z } from 'zod'
import { evidenceLevel, id, ids, isoDate, line } from './common'

/** Groups for filtering the hormone index. */
export const HORMONE_CLASSES = {
  'peptide-hormone': 'Peptide hormone',
  catecholamine: 'Catecholamine',
  monoamine: 'Monoamine neurotransmitter',
  'steroid-hormone': 'Steroid hormone',
  eicosanoid: 'Eicosanoid (lipid mediator)',
  'opioid-peptide': 'Opioid peptide',
} as const

/** Groups for filtering the condition index. */
export const CONDITION_CATEGORIES = {
  gynaecological: 'Gynaecological',
  'early-pregnancy': 'Pregnancy-related',
  urological: 'Urological and prostate',
  infection: 'Infection',
  'pelvic-floor': 'Pelvic floor and pain',
  'sexual-function': 'Sexual function',
  musculoskeletal: 'Musculoskeletal',
  neurological: 'Neurological',
  gastrointestinal: 'Gastrointestinal',
} as const

/** How soon a condition typically needs care when it is suspected. */
export const URGENCY_LEVELS = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  routine: 'Routine',
} as const

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
  urgency: z.enum(Object.keys(URGENCY_LEVELS) as [keyof typeof URGENCY_LEVELS]),
})
export type ConditionFrontMatter = z.infer<typeof conditionFrontMatter>

export const HORMONE_SECTIONS = [
  'Around orgasm',
  'Actions',
  'Link to post-coital symptoms',
  'Strength of evidence',
  'Common misconceptions',
] as const

export const CONDITION_SECTIONS = [
  'Key features',
  'Distinguishing findings',
  'Red flags',
  'First-line management',
  'When and where to refer',
] as const
