import { claimProblem } from './claims'
import { RECORD_LIMITS, type Activity, type LearningRecord, type Reflection } from './schema'

/** What an import did, for the message the clinician reads. */
export interface MergeReport {
  activitiesAdded: number
  /** The same day's reading of a module, seen in both: the longer time for each section kept. */
  activitiesUpdated: number
  reflectionsAdded: number
  /** The same reflection edited since: the newer version kept. */
  reflectionsUpdated: number
  /** Already in the record exactly as imported. */
  duplicates: number
  /** Left out, each with the reason. */
  skipped: { id: string; reason: string }[]
}

/** JSON with keys sorted, so two equal values always compare equal as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  )
}

function mergeReading(mine: Activity, theirs: Activity): Activity | null {
  if (
    mine.kind !== 'reading' ||
    theirs.kind !== 'reading' ||
    mine.moduleId !== theirs.moduleId ||
    mine.date !== theirs.date
  )
    return null
  const sections = { ...mine.sections }
  for (const [slug, seconds] of Object.entries(theirs.sections))
    sections[slug] = Math.max(sections[slug] ?? 0, seconds)
  const total = Object.values(sections).reduce((sum, s) => sum + s, 0)
  if (total > RECORD_LIMITS.secondsPerActivity) return null
  return { ...mine, sections, at: mine.at > theirs.at ? mine.at : theirs.at }
}

/**
 * Merges an imported record into this one without duplicates: activities and reflections are
 * matched by id. An import never lowers what is here: a reading seen in both keeps the longer
 * time per section, a reflection the newer edit. A reflection whose claim would exceed the
 * tracked time once merged, or whose activities are missing, is left out and reported.
 */
export function mergeRecords(
  base: LearningRecord,
  incoming: LearningRecord,
): { record: LearningRecord; report: MergeReport } {
  const report: MergeReport = {
    activitiesAdded: 0,
    activitiesUpdated: 0,
    reflectionsAdded: 0,
    reflectionsUpdated: 0,
    duplicates: 0,
    skipped: [],
  }
  const activities = [...base.activities]
  const activityAt = new Map(activities.map((a, i) => [a.id, i]))
  for (const theirs of incoming.activities) {
    const at = activityAt.get(theirs.id)
    if (at === undefined) {
      activityAt.set(theirs.id, activities.length)
      activities.push(theirs)
      report.activitiesAdded += 1
      continue
    }
    const mine = activities[at]!
    if (canonical(mine) === canonical(theirs)) {
      report.duplicates += 1
      continue
    }
    const merged = mergeReading(mine, theirs)
    if (merged) {
      activities[at] = merged
      report.activitiesUpdated += 1
    } else {
      report.skipped.push({
        id: theirs.id,
        reason: 'an activity with the same id but different details is already in your record',
      })
    }
  }
  if (activities.length > RECORD_LIMITS.activities) {
    throw new RangeError(
      `The merged record would hold more than ${RECORD_LIMITS.activities} activities.`,
    )
  }
  let record: LearningRecord = { ...base, activities }
  const known = new Set(activities.map((a) => a.id))
  for (const theirs of incoming.reflections) {
    const mine = record.reflections.find((r) => r.id === theirs.id)
    if (mine && canonical(mine) === canonical(theirs)) {
      report.duplicates += 1
      continue
    }
    if (mine && mine.updatedAt >= theirs.updatedAt) {
      report.skipped.push({
        id: theirs.id,
        reason: 'your record has a newer edit of this reflection',
      })
      continue
    }
    if (theirs.activityIds.some((id) => !known.has(id))) {
      report.skipped.push({ id: theirs.id, reason: 'some of its activities are not in the file' })
      continue
    }
    const problem = claimProblem(record, theirs, theirs.id)
    if (problem?.code === 'over-claim') {
      report.skipped.push({
        id: theirs.id,
        reason: 'its claimed time is more than the time recorded and not yet claimed',
      })
      continue
    }
    const reflections: Reflection[] = mine
      ? record.reflections.map((r) => (r.id === theirs.id ? theirs : r))
      : [...record.reflections, theirs]
    if (reflections.length > RECORD_LIMITS.reflections) {
      throw new RangeError(
        `The merged record would hold more than ${RECORD_LIMITS.reflections} reflections.`,
      )
    }
    record = { ...record, reflections }
    if (mine) report.reflectionsUpdated += 1
    else report.reflectionsAdded += 1
  }
  return { record, report }
}
