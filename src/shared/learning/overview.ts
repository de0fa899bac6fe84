import { activityIndex, allocateClaims } from './claims'
import { reflectionTitle } from './labels'
import { within, type Period } from './periods'
import type { Activity, LearningRecord, Reflection } from './schema'
import { summarise, unreflected, type PeriodSummary } from './summary'

/**
 * What the learning page shows for one period, worked out where the record is (main), so the
 * page receives a few kilobytes instead of a five-year record to summarise itself. The same
 * pure functions (summary.ts, claims.ts, labels.ts) do the work, so the figures cannot drift
 * from the certificate's and the exports'.
 */

export { UNREFLECTED_PAGE } from './page-size'

/** The page's question: a period, and how many of its unreflected activities to list. */
export interface OverviewQuery {
  period: Period
  /** The newest this many unreflected activities are sent; the count is always exact. */
  unreflectedLimit: number
}

/** The page's figures for one period. */
export interface RecordOverview {
  summary: PeriodSummary
  /** Activities in the period no reflection covers: how many, and the newest `limit`. */
  unreflected: { total: number; activities: Activity[] }
  /** Reflections dated in the period, newest first, as the page lists them. */
  reflections: ReflectionLine[]
}

/**
 * A reflection as the learning page lists it: what it is and claims, not what it says (a
 * year's answers can run to megabytes; the form fetches them when one is opened).
 */
export interface ReflectionLine extends Pick<
  Reflection,
  'id' | 'template' | 'date' | 'claimedMinutes' | 'preparationMinutes'
> {
  /** Its title, or one made from its activities (labels.ts `reflectionTitle`). */
  title: string
}

/** The line for `reflection`; `index` finds the activities it covers. */
export function reflectionLine(
  reflection: Reflection,
  index: ReadonlyMap<string, Activity>,
): ReflectionLine {
  const { id, template, date, claimedMinutes, preparationMinutes } = reflection
  return {
    id,
    template,
    date,
    claimedMinutes,
    preparationMinutes,
    title: reflectionTitle(reflection, index),
  }
}

/**
 * What every period's overview of one record shares: the claims shared out over activities
 * and the unreflected activities, newest first. Worth keeping while the record is unchanged
 * (main keeps one per record; the record is replaced, never changed, on every write).
 */
export interface RecordDigest {
  claimed: Map<string, number>
  unreflected: Activity[]
  index: Map<string, Activity>
}

export function digestRecord(record: LearningRecord): RecordDigest {
  const index = activityIndex(record)
  return {
    claimed: allocateClaims(record, undefined, index),
    unreflected: unreflected(record),
    index,
  }
}

/** The overview of `record` for `query`; pass `digest` when it is already worked out. */
export function overviewOf(
  record: LearningRecord,
  query: OverviewQuery,
  digest: RecordDigest = digestRecord(record),
): RecordOverview {
  const { period } = query
  const waiting = digest.unreflected.filter((a) => within(a.date, period))
  const reflections = record.reflections
    .filter((r) => within(r.date, period))
    .sort((a, b) => (a.date < b.date ? 1 : -1))
  return {
    summary: summarise(record, period, digest.claimed),
    unreflected: { total: waiting.length, activities: waiting.slice(0, query.unreflectedLimit) },
    reflections: reflections.map((r) => reflectionLine(r, digest.index)),
  }
}
