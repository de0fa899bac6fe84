import { z } from 'zod'
import { ID_PATTERN } from '../routes'
import { isIsoDate } from './settings'
import {
  cleanString,
  draftSchema,
  moduleIdSchema,
  presentationSourceSchema,
  recordIdSchema,
  reflectionBodySchema,
  RECORD_LIMITS,
  type Draft,
  type LearningRecord,
  type Reflection,
} from './schema'
import type { MergeReport } from './merge'
import type { RecordOverview } from './overview'

/**
 * Request schemas and answers of the learning-record channels. `contract.ts` names the
 * channels; main parses every request with these before anything is recorded or written.
 */

/** The most one report from the tracker may add: it reports every 30 seconds or so. */
export const MAX_TRACK_SECONDS = 900

const slug = z.string().max(120).regex(ID_PATTERN)

/** `learning:track`: active seconds per section since the last report, and sections reached. */
export const trackRequestSchema = z
  .strictObject({
    moduleId: moduleIdSchema,
    sections: z.record(slug, z.number().int().min(0).max(MAX_TRACK_SECONDS)),
    reached: z.array(slug).max(RECORD_LIMITS.sectionsPerActivity),
  })
  .refine(
    (r) => Object.values(r.sections).reduce((sum, s) => sum + s, 0) <= MAX_TRACK_SECONDS,
    `one report can add at most ${MAX_TRACK_SECONDS} seconds`,
  )
export type TrackRequest = z.infer<typeof trackRequestSchema>

/** `learning:self-check`: a self-check finished with this score. */
export const selfCheckRequestSchema = z
  .strictObject({
    moduleId: moduleIdSchema,
    score: z.number().int().min(0).max(200),
    total: z.number().int().min(1).max(200),
  })
  .refine((r) => r.score <= r.total, 'the score cannot be more than the number of questions')

const isoDay = z.string().refine(isIsoDate, 'not a calendar date (YYYY-MM-DD)')

/**
 * `learning:presentation`: a presentation given. The presenting feature calls this when a
 * talk ends; the educator types the audience. A deck's title comes from the content; a
 * session's is its saved name.
 */
export const presentationRequestSchema = z.strictObject({
  source: presentationSourceSchema,
  /** The session's name (ignored for a deck, whose module title is used). */
  title: cleanString(RECORD_LIMITS.title).default(''),
  date: isoDay,
  minutes: z.number().int().min(1).max(RECORD_LIMITS.presentationMinutes),
  audience: cleanString(RECORD_LIMITS.audience).default(''),
})
export type PresentationRequest = z.input<typeof presentationRequestSchema>

/** `learning:save-reflection`: a new reflection (id null) or an edit, and its draft to clear. */
export const saveReflectionRequestSchema = z.strictObject({
  id: recordIdSchema.nullable(),
  body: reflectionBodySchema,
  draftId: recordIdSchema.nullable(),
  /**
   * The clinician saw the passages that look like patient details and confirmed none
   * identifies a patient. Main checks the text again and refuses without it.
   */
  patientDetailsChecked: z.boolean(),
})
export type SaveReflectionRequest = z.input<typeof saveReflectionRequestSchema>

export const idRequestSchema = z.strictObject({ id: recordIdSchema })

export const saveDraftRequestSchema = draftSchema

const periodSchema = z
  .strictObject({ start: isoDay, end: isoDay })
  .refine((p) => p.start < p.end, 'the period must end after it starts')

/**
 * `learning:overview`: the learning page's figures for a period, and the newest
 * `unreflectedLimit` of its unreflected activities (the page asks for more as they are shown).
 */
export const overviewRequestSchema = z.strictObject({
  period: periodSchema,
  unreflectedLimit: z.number().int().min(0).max(RECORD_LIMITS.activities),
})
export type OverviewRequest = z.infer<typeof overviewRequestSchema>

/** `learning:export`: which file; activities and the teaching log may be limited to a period. */
export const exportRequestSchema = z.strictObject({
  format: z.enum(['activities-csv', 'teaching-csv', 'everything-json']),
  period: periodSchema.nullable(),
})
export type ExportRequest = z.infer<typeof exportRequestSchema>

/** `learning:certificate`: a period (an appraisal year, a range) or one module, and the reflections to print. */
export const certificateRequestSchema = z.strictObject({
  period: periodSchema,
  /** Only this module's activities, for a per-module certificate; null for everything. */
  moduleId: moduleIdSchema.nullable(),
  reflectionIds: z.array(recordIdSchema).max(RECORD_LIMITS.reflections),
})
export type CertificateRequest = z.infer<typeof certificateRequestSchema>

/** How the record is protected on disk, said plainly in Settings. */
export interface StorageStatus {
  /**
   * 'os': encrypted with a key the operating system keeps for this user.
   * 'basic': encrypted, but the system offered no keyring, so the key is not secret (Linux).
   * 'none': no encryption available; the file is plain JSON in the user folder.
   */
  encryption: 'os' | 'basic' | 'none'
  /** The folder holding the record, for display. */
  folder: string
}

/** Everything the learning page needs in one answer. */
export interface LearningSnapshot {
  record: LearningRecord
  drafts: Draft[]
  storage: StorageStatus
  /**
   * Something the clinician must know about the stored record (a damaged file kept aside, a
   * record from a newer version that cannot be changed); null when all is well.
   */
  notice: string | null
  /** False while a notice makes the record read-only (nothing is recorded or saved). */
  writable: boolean
}

/**
 * The learning page's answer: the period's figures (overview.ts) and the state of the record
 * around them, without the record itself.
 */
export type LearningOverview = RecordOverview & Omit<LearningSnapshot, 'record'>

export interface TrackResult {
  /** False when the clinician has not agreed to a record (nothing was stored). */
  recorded: boolean
}

export interface SavedReflection {
  reflection: Reflection
  record: LearningRecord
  drafts: Draft[]
}

/** A file written by an export: enough to say where, never to name a path back to main. */
export interface ExportedLearningFile {
  fileName: string
  path: string
  /** Opaque handle for Open / Show in folder (PDFs only); null for CSV and JSON. */
  token: string | null
  bytes: number
  /** Rows or activities written, or pages for a PDF. */
  count: number
}

export interface ImportResult {
  report: MergeReport
  record: LearningRecord
  drafts: Draft[]
}
