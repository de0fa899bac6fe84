import { z } from 'zod'
import { ID_PATTERN } from '../routes'
import { cleanText } from '../text/clean-text'
import { isIsoDate } from './settings'

/**
 * The learning record: what the clinician did (activities) and what they wrote about it
 * (reflections). Validated as a whole whenever it is loaded, imported or saved; main is the
 * only writer. Times are whole seconds; dates are the clinician's local calendar days.
 */

/** The record format this app writes. Older files are migrated (see migrations.ts). */
export const RECORD_VERSION = 1

/** Bounds that keep a hostile or damaged file from exhausting memory or the PDF service. */
export const RECORD_LIMITS = {
  activities: 200_000,
  reflections: 20_000,
  /** Activities one reflection may cover. */
  activitiesPerReflection: 1_000,
  /** Characters in one reflection field. */
  field: 20_000,
  title: 200,
  audience: 300,
  sectionsPerActivity: 80,
  /** A reading activity's total: one module read for a whole day, at most. */
  secondsPerActivity: 86_400,
  /** A presentation's length. */
  presentationMinutes: 1_440,
  /** An educator's preparation time added to one reflection. */
  preparationMinutes: 6_000,
  drafts: 100,
} as const

/** Ids main gives activities and reflections (UUIDs; imports may bring older shorter ones). */
export const recordIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/)
export const moduleIdSchema = z.string().max(80).regex(ID_PATTERN)
export const isoDateSchema = z.string().refine(isIsoDate, 'not a calendar date (YYYY-MM-DD)')
export const isoDateTimeSchema = z.iso.datetime({ offset: true })

/** Typed text: control and bidi-override characters removed, lines kept where wanted. */
export const cleanString = (max: number, keepNewlines = false) =>
  z
    .string()
    .max(max * 4)
    .transform((value) => cleanText(value, keepNewlines))
    .pipe(z.string().max(max))

const common = {
  id: recordIdSchema,
  /** The local calendar day it happened. */
  date: isoDateSchema,
  /** The title when it happened (a module renamed later keeps its old name here). */
  title: cleanString(RECORD_LIMITS.title),
  /** When it was last added to. */
  at: isoDateTimeSchema,
}

const seconds = z.number().int().min(0).max(RECORD_LIMITS.secondsPerActivity)
const sectionSlug = z.string().max(120).regex(ID_PATTERN)

/** Active reading of one module on one day: seconds per section; a section listed was reached. */
export const readingActivitySchema = z.strictObject({
  ...common,
  kind: z.literal('reading'),
  moduleId: moduleIdSchema,
  sections: z
    .record(sectionSlug, seconds)
    .refine((s) => Object.keys(s).length <= RECORD_LIMITS.sectionsPerActivity, 'too many sections'),
})

/** One finished self-check: every question answered once. */
export const selfCheckActivitySchema = z.strictObject({
  ...common,
  kind: z.literal('self-check'),
  moduleId: moduleIdSchema,
  score: z.number().int().min(0).max(200),
  total: z.number().int().min(1).max(200),
})

/** A patient handout saved as PDF. */
export const handoutActivitySchema = z.strictObject({
  ...common,
  kind: z.literal('handout'),
  moduleId: moduleIdSchema,
})

/** What was presented: a module's deck or a saved teaching session. */
export const presentationSourceSchema = z.strictObject({
  kind: z.enum(['deck', 'session']),
  id: moduleIdSchema,
})

/** A presentation given, with the audience as the educator described it. */
export const presentationActivitySchema = z.strictObject({
  ...common,
  kind: z.literal('presentation'),
  /** The module for a deck; null for a session drawn from several. */
  moduleId: moduleIdSchema.nullable(),
  source: presentationSourceSchema,
  minutes: z.number().int().min(1).max(RECORD_LIMITS.presentationMinutes),
  audience: cleanString(RECORD_LIMITS.audience),
})

export const activitySchema = z.discriminatedUnion('kind', [
  readingActivitySchema,
  selfCheckActivitySchema,
  handoutActivitySchema,
  presentationActivitySchema,
])
export type Activity = z.infer<typeof activitySchema>
export type ActivityKind = Activity['kind']
export type ReadingActivity = z.infer<typeof readingActivitySchema>
export type PresentationActivity = z.infer<typeof presentationActivitySchema>

export const ACTIVITY_KINDS = ['reading', 'self-check', 'handout', 'presentation'] as const

/** Reflection templates: RCGP-style, NMC reflective account, or free text. */
export const TEMPLATE_IDS = ['rcgp', 'nmc', 'free'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** The four themes of the NMC Code. */
export const CODE_THEMES = [
  'prioritise-people',
  'practise-effectively',
  'preserve-safety',
  'promote-professionalism',
] as const
export type CodeTheme = (typeof CODE_THEMES)[number]

const fieldKey = z.string().regex(/^[a-z][a-z-]{0,39}$/)

/** What the clinician writes: the same shape for a saved reflection and a draft of one. */
export const reflectionBodySchema = z.strictObject({
  template: z.enum(TEMPLATE_IDS),
  title: cleanString(RECORD_LIMITS.title).default(''),
  activityIds: z.array(recordIdSchema).max(RECORD_LIMITS.activitiesPerReflection),
  /** Answers by field key (see templates.ts); unknown keys are refused. */
  fields: z
    .record(fieldKey, cleanString(RECORD_LIMITS.field, true))
    .refine((f) => Object.keys(f).length <= 12, 'too many fields'),
  /** For the NMC template: which themes of the Code this relates to. */
  codeThemes: z.array(z.enum(CODE_THEMES)).max(4).default([]),
  /** Time claimed from the tracked time of the chosen activities, in minutes. */
  claimedMinutes: z.number().int().min(0).max(RECORD_LIMITS.secondsPerActivity),
  /** An educator's preparation time, claimed on top and always shown as such. */
  preparationMinutes: z.number().int().min(0).max(RECORD_LIMITS.preparationMinutes).default(0),
})
export type ReflectionBody = z.infer<typeof reflectionBodySchema>
export type ReflectionBodyInput = z.input<typeof reflectionBodySchema>

export const reflectionSchema = reflectionBodySchema.extend({
  id: recordIdSchema,
  /** The day the reflection is dated (its creation day). */
  date: isoDateSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
})
export type Reflection = z.infer<typeof reflectionSchema>

/** The record file's content, after migration to the current version. */
export const learningRecordSchema = z.strictObject({
  version: z.literal(RECORD_VERSION),
  activities: z.array(activitySchema).max(RECORD_LIMITS.activities),
  reflections: z.array(reflectionSchema).max(RECORD_LIMITS.reflections),
})
export type LearningRecord = z.infer<typeof learningRecordSchema>

export const EMPTY_RECORD: LearningRecord = {
  version: RECORD_VERSION,
  activities: [],
  reflections: [],
}

/** A reflection being written: everything optional, saved as the clinician types. */
export const draftSchema = z.strictObject({
  id: recordIdSchema,
  /** The saved reflection this edits, or null for a new one. */
  reflectionId: recordIdSchema.nullable(),
  body: reflectionBodySchema,
  updatedAt: isoDateTimeSchema,
})
export type Draft = z.infer<typeof draftSchema>
export type DraftInput = z.input<typeof draftSchema>

/** Drafts live in their own small file, so each keystroke's save stays quick. */
export const draftsFileSchema = z.strictObject({
  version: z.literal(1),
  drafts: z.array(draftSchema).max(RECORD_LIMITS.drafts),
})
export type DraftsFile = z.infer<typeof draftsFileSchema>
export const EMPTY_DRAFTS: DraftsFile = { version: 1, drafts: [] }
