import { allocateClaims, activityIndex, trackedSeconds } from './claims'
import { monthsOf, within, type Period } from './periods'
import type { Activity, ActivityKind, LearningRecord } from './schema'

/** Totals for one kind of activity or one module. */
export interface Tally {
  activities: number
  trackedSeconds: number
  /** Seconds of these activities claimed in reflections. */
  claimedSeconds: number
}

export interface ModuleTally extends Tally {
  /** A module id, or "session:<id>" for a teaching session drawn from several modules. */
  key: string
  title: string
  /** Self-checks finished, and the best score as a fraction. */
  selfChecks: number
  bestScore: { score: number; total: number } | null
}

/** What the learning page shows for an appraisal year or a revalidation cycle. */
export interface PeriodSummary {
  period: Period
  trackedSeconds: number
  claimedSeconds: number
  /** Educators' preparation claimed in reflections dated in the period. */
  preparationMinutes: number
  reflections: number
  /** Reflections on the NMC template dated in the period (five are asked for per cycle). */
  nmcAccounts: number
  byKind: Record<ActivityKind, Tally>
  byModule: ModuleTally[]
  /** One bar pair per month of the period. */
  months: { month: string; trackedSeconds: number; claimedSeconds: number }[]
}

export const KIND_LABELS: Record<ActivityKind, string> = {
  reading: 'Reading',
  'self-check': 'Self-check',
  handout: 'Patient handout',
  presentation: 'Presentation given',
}

const emptyTally = (): Tally => ({ activities: 0, trackedSeconds: 0, claimedSeconds: 0 })

export function groupKey(activity: Activity): string {
  return (
    activity.moduleId ?? `session:${activity.kind === 'presentation' ? activity.source.id : ''}`
  )
}

/** Totals of `record` for `period`; `claimed` may be passed in when already computed. */
export function summarise(
  record: LearningRecord,
  period: Period,
  claimed: Map<string, number> = allocateClaims(record),
): PeriodSummary {
  const byKind = {
    reading: emptyTally(),
    'self-check': emptyTally(),
    handout: emptyTally(),
    presentation: emptyTally(),
  } satisfies Record<ActivityKind, Tally>
  const modules = new Map<string, ModuleTally>()
  const months = monthsOf(period).map((month) => ({
    month,
    trackedSeconds: 0,
    claimedSeconds: 0,
  }))
  const monthIndex = new Map(months.map((m, i) => [m.month.slice(0, 7), i]))
  let tracked = 0
  let claimedTotal = 0
  for (const activity of record.activities) {
    if (!within(activity.date, period)) continue
    const seconds = trackedSeconds(activity)
    const claim = claimed.get(activity.id) ?? 0
    tracked += seconds
    claimedTotal += claim
    const kind = byKind[activity.kind]
    kind.activities += 1
    kind.trackedSeconds += seconds
    kind.claimedSeconds += claim
    const key = groupKey(activity)
    let module = modules.get(key)
    if (!module) {
      module = { key, title: activity.title, ...emptyTally(), selfChecks: 0, bestScore: null }
      modules.set(key, module)
    }
    module.title = activity.title
    module.activities += 1
    module.trackedSeconds += seconds
    module.claimedSeconds += claim
    if (activity.kind === 'self-check') {
      module.selfChecks += 1
      const best = module.bestScore
      if (!best || activity.score / activity.total > best.score / best.total)
        module.bestScore = { score: activity.score, total: activity.total }
    }
    const bar = months[monthIndex.get(activity.date.slice(0, 7)) ?? -1]
    if (bar) {
      bar.trackedSeconds += seconds
      bar.claimedSeconds += claim
    }
  }
  let preparationMinutes = 0
  let reflections = 0
  let nmcAccounts = 0
  for (const reflection of record.reflections) {
    if (!within(reflection.date, period)) continue
    reflections += 1
    preparationMinutes += reflection.preparationMinutes
    if (reflection.template === 'nmc') nmcAccounts += 1
  }
  return {
    period,
    trackedSeconds: tracked,
    claimedSeconds: claimedTotal,
    preparationMinutes,
    reflections,
    nmcAccounts,
    byKind,
    byModule: [...modules.values()].sort((a, b) => b.trackedSeconds - a.trackedSeconds),
    months,
  }
}

/** Activities no reflection covers yet, newest first. */
export function unreflected(record: LearningRecord): Activity[] {
  const covered = new Set<string>()
  for (const reflection of record.reflections)
    for (const id of reflection.activityIds) covered.add(id)
  return record.activities
    .filter((a) => !covered.has(a.id))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.at < b.at ? 1 : -1))
}

/** The activities a reflection covers that are still in the record, oldest first. */
export function reflectionActivities(
  record: LearningRecord,
  activityIds: readonly string[],
  index: ReadonlyMap<string, Activity> = activityIndex(record),
): Activity[] {
  return activityIds
    .map((id) => index.get(id))
    .filter((a): a is Activity => a !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}
