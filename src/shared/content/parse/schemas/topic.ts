import { z } from 'zod'
import { id, ids, isoDate, line } from './common'
import { AUDIENCES } from '../../labels'

export { AUDIENCES }

/** Front matter of `topics/<id>.md`. */
export const topicFrontMatter = z.strictObject({
  id,
  title: line(80),
  summary: line(200).refine(
    (s) => s.length >= 20,
    'must be a full sentence (at least 20 characters)',
  ),
  audience: z.array(z.enum(Object.keys(AUDIENCES) as [keyof typeof AUDIENCES])).min(1),
  teachingMinutes: z.number().int().min(10).max(240),
  lastReviewed: isoDate,
  nextReview: isoDate,
  tags: z.array(line(40)).min(1),
  related: ids,
  hormones: ids,
  conditions: ids,
  /**
   * Emergency or same-day red flags this module teaches that its handout leaves out, each
   * with the reason (for example a sign only an examiner can find). The check reads it.
   */
  handoutOmits: z.record(id, line(200)).optional(),
})
export type TopicFrontMatter = z.infer<typeof topicFrontMatter>

/** The sections of a teaching module, in the order they must appear (H2 headings). */
export const TOPIC_SECTIONS = [
  'Learning objectives',
  'Why it matters',
  'Physiology',
  'Causes and differential diagnosis',
  'Red flags',
  'Assessment',
  'Management',
  'Talking with patients',
  'What patients may have read',
  'Key points',
  'Self-check',
] as const

/**
 * Sections that explain or report claims rather than advise: naming a medicine there
 * (physiology of NSAIDs, a myth about magnesium) does not need its cautions beside it.
 */
export const TOPIC_ADVICE_EXEMPT = [
  'Learning objectives',
  'Why it matters',
  'Physiology',
  'What patients may have read',
  'Self-check',
]

/** Columns the differential table in "Causes and differential diagnosis" must have. */
export const DIFFERENTIAL_COLUMNS = [
  'Condition',
  'Typical pattern',
  'Distinguishing features',
  'Red flags',
  'First-line management',
  'Refer to',
] as const

/**
 * Verbs that name something a learner can be seen to do. Objectives starting with
 * "understand", "know" or "appreciate" cannot be assessed, so they are refused.
 */
export const MEASURABLE_VERBS = [
  'Apply',
  'Assess',
  'Classify',
  'Compare',
  'Counsel',
  'Demonstrate',
  'Describe',
  'Differentiate',
  'Distinguish',
  'Evaluate',
  'Explain',
  'Identify',
  'Interpret',
  'Justify',
  'List',
  'Name',
  'Outline',
  'Plan',
  'Prioritise',
  'Recognise',
  'Recommend',
  'Select',
  'State',
  'Summarise',
  'Take',
  'Triage',
  'Use',
] as const

/** Stand-in front matter for a file whose own could not be read, so its body is still checked. */
export function topicDefaults(id: string): TopicFrontMatter {
  return {
    id,
    title: id,
    summary: '',
    audience: [],
    teachingMinutes: 0,
    lastReviewed: '',
    nextReview: '',
    tags: [],
    related: [],
    hormones: [],
    conditions: [],
  }
}
