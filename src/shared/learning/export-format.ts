import { z } from 'zod'
import { describeIssues, migrateRecord, type RecordProblem } from './migrations'
import { draftSchema, RECORD_LIMITS, type Draft, type LearningRecord } from './schema'
import type { LearningSettings } from './settings'

/**
 * "Export everything": the whole record, drafts and the certificate details in one JSON file
 * that this app (on this or another computer) imports back without duplicates.
 */

export const EXPORT_FORMAT = 'postcoital-atlas-learning-record'

export interface LearningExport {
  format: typeof EXPORT_FORMAT
  exportedAt: string
  app: { name: string; version: string }
  /** Who the record belongs to, as typed in Settings (never the consent answer). */
  clinician: Pick<
    LearningSettings,
    'name' | 'registrationBody' | 'otherBody' | 'registrationNumber' | 'yearStart' | 'cycleStart'
  >
  record: LearningRecord
  drafts: Draft[]
}

export function buildExport(
  record: LearningRecord,
  drafts: Draft[],
  settings: LearningSettings,
  app: { name: string; version: string },
  now: string,
): LearningExport {
  const { name, registrationBody, otherBody, registrationNumber, yearStart, cycleStart } = settings
  return {
    format: EXPORT_FORMAT,
    exportedAt: now,
    app,
    clinician: { name, registrationBody, otherBody, registrationNumber, yearStart, cycleStart },
    record,
    drafts,
  }
}

const envelopeSchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT),
  record: z.unknown(),
  drafts: z.array(draftSchema).max(RECORD_LIMITS.drafts).default([]),
})

export type ImportProblem = RecordProblem | { code: 'not-json'; detail: string }

/** Reads an export file's text; every failure says why, so nothing is merged from a bad file. */
export function readExport(
  text: string,
): { ok: true; record: LearningRecord; drafts: Draft[] } | { ok: false; problem: ImportProblem } {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: (error as Error).message } }
  }
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) {
    const format = (raw as { format?: unknown } | null)?.format
    return {
      ok: false,
      problem:
        format === EXPORT_FORMAT
          ? { code: 'invalid', detail: describeIssues(envelope.error.issues) }
          : { code: 'not-a-record', detail: 'it is not a Postcoital Atlas learning record export' },
    }
  }
  const migrated = migrateRecord(envelope.data.record)
  if (!migrated.ok) return { ok: false, problem: migrated.problem }
  return { ok: true, record: migrated.record, drafts: envelope.data.drafts }
}
