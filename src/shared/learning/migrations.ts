import type { z } from 'zod'
import { learningRecordSchema, RECORD_VERSION, type LearningRecord } from './schema'

/**
 * The record's migration path. Each entry upgrades a record of version `n` to `n + 1`; on load
 * they run in order up to the current version and the result is validated as a whole. Version
 * 1 is the first format, so there is nothing to upgrade yet: the next format change adds
 * `1: (v1) => v2` here, raises RECORD_VERSION, and keeps every older file loadable.
 */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>

export const MIGRATIONS: Readonly<Record<number, Migration>> = {}

/** Why a stored or imported value is not a record this app can use. */
export type RecordProblem =
  | { code: 'not-a-record'; detail: string }
  | { code: 'newer-version'; version: number }
  | { code: 'no-migration'; version: number }
  | { code: 'invalid'; detail: string }

export type MigrateOutcome<T = LearningRecord> =
  { ok: true; record: T; migratedFrom: number | null } | { ok: false; problem: RecordProblem }

/** The chain and the shape it must end in (the app's own, unless a test gives another). */
export interface MigrationPath<T> {
  migrations: Readonly<Record<number, Migration>>
  current: number
  schema: z.ZodType<T>
}

const APP_PATH: MigrationPath<LearningRecord> = {
  migrations: MIGRATIONS,
  current: RECORD_VERSION,
  schema: learningRecordSchema,
}

/** "activities.3.date: not a calendar date" for the first few problems zod found. */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`)
    .join('; ')
}

/**
 * Brings a parsed JSON value up to the current version and validates it. A record from a newer
 * app is refused rather than guessed at, so it is never overwritten with less than it holds.
 */
export function migrateRecord<T = LearningRecord>(
  raw: unknown,
  path: MigrationPath<T> = APP_PATH as unknown as MigrationPath<T>,
): MigrateOutcome<T> {
  const { migrations, current, schema } = path
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problem: { code: 'not-a-record', detail: 'it is not a JSON object' } }
  const version = (raw as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { code: 'not-a-record', detail: 'it has no version number' } }
  if (version > current) return { ok: false, problem: { code: 'newer-version', version } }
  let value = raw as Record<string, unknown>
  for (let from = version; from < current; from++) {
    const migrate = migrations[from]
    if (!migrate) return { ok: false, problem: { code: 'no-migration', version: from } }
    try {
      value = { ...migrate(value), version: from + 1 }
    } catch (error) {
      // A file that claims a version but lacks its shape fails here, not later.
      const detail = `it does not have the shape of version ${from} (${(error as Error).message})`
      return { ok: false, problem: { code: 'invalid', detail } }
    }
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    return { ok: false, problem: { code: 'invalid', detail: describeIssues(parsed.error.issues) } }
  return { ok: true, record: parsed.data, migratedFrom: version === current ? null : version }
}
