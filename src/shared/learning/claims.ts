import { ClaimFlow } from './claim-flow'
import type { Activity, LearningRecord, Reflection, ReflectionBody } from './schema'

/**
 * The claim rule: time claimed in reflections never exceeds the time actually tracked for
 * the activities they cover. Claims are shared out over their activities (date order first,
 * moving an earlier claim onto its other activities where that lets a later one be backed:
 * claim-flow.ts), so one hour of reading cannot be claimed twice in two reflections. An
 * educator's preparation time is separate: claimed on top, and always shown as such.
 */

/** Seconds of learning an activity tracked: reading time, or a presentation's length. */
export function trackedSeconds(activity: Activity): number {
  switch (activity.kind) {
    case 'reading': {
      let total = 0
      for (const value of Object.values(activity.sections)) total += value
      return total
    }
    case 'presentation':
      return activity.minutes * 60
    default:
      // A self-check or a handout shows learning; its time is counted in the module's reading.
      return 0
  }
}

/** Preparation that may be added per presentation chosen: 10 hours. */
export const PREPARATION_MINUTES_PER_PRESENTATION = 600

const byOrder = (a: Reflection, b: Reflection): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1

/**
 * Seconds of each activity already claimed (optionally leaving one reflection out, to
 * re-check it while it is edited).
 */
export function allocateClaims(
  record: LearningRecord,
  exceptReflectionId?: string,
  activities: ReadonlyMap<string, Activity> = activityIndex(record),
): Map<string, number> {
  return claimFlow(record, exceptReflectionId, activities).used()
}

/** The claims of every reflection but one, routed over their activities. */
function claimFlow(
  record: LearningRecord,
  exceptReflectionId: string | undefined,
  activities: ReadonlyMap<string, Activity>,
): ClaimFlow {
  const flow = new ClaimFlow()
  const reflections = record.reflections.filter((r) => r.id !== exceptReflectionId).sort(byOrder)
  for (const reflection of reflections)
    flow.add(
      reflection.id,
      reflection.claimedMinutes * 60,
      flowActivities(reflection.activityIds, activities),
    )
  return flow
}

function flowActivities(ids: readonly string[], activities: ReadonlyMap<string, Activity>) {
  return orderedActivities(ids, activities).map((a) => ({ id: a.id, seconds: trackedSeconds(a) }))
}

export function activityIndex(record: LearningRecord): Map<string, Activity> {
  return new Map(record.activities.map((a) => [a.id, a]))
}

function orderedActivities(
  ids: readonly string[],
  activities: ReadonlyMap<string, Activity>,
): Activity[] {
  return [...new Set(ids)]
    .map((id) => activities.get(id))
    .filter((a): a is Activity => a !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : 1))
}

/**
 * Seconds a claim on the chosen activities can take while every other reflection's claim
 * stays backed in full.
 */
export function availableSeconds(
  record: LearningRecord,
  activityIds: readonly string[],
  exceptReflectionId?: string,
): number {
  const activities = activityIndex(record)
  const flow = claimFlow(record, exceptReflectionId, activities)
  // As much as a new claim on these activities could take, moving others' claims if need be.
  return flow.add(
    '\u0000candidate',
    Number.POSITIVE_INFINITY,
    flowActivities(activityIds, activities),
  )
}

/** Why a reflection cannot be saved as it stands, in words that say what to change. */
export type ClaimProblem =
  | { code: 'no-activities'; message: string }
  | { code: 'unknown-activity'; message: string }
  | { code: 'over-claim'; message: string; availableMinutes: number }
  | { code: 'preparation-without-presentation'; message: string }
  | { code: 'too-much-preparation'; message: string; maxMinutes: number }

/** Whole minutes that may still be claimed for `activityIds`. */
export function availableMinutes(
  record: LearningRecord,
  activityIds: readonly string[],
  exceptReflectionId?: string,
): number {
  return Math.floor(availableSeconds(record, activityIds, exceptReflectionId) / 60)
}

/** Checks a reflection's claim against the record; null when it may be saved. */
export function claimProblem(
  record: LearningRecord,
  body: Pick<ReflectionBody, 'activityIds' | 'claimedMinutes' | 'preparationMinutes'>,
  exceptReflectionId?: string,
): ClaimProblem | null {
  if (body.activityIds.length === 0)
    return {
      code: 'no-activities',
      message: 'Choose at least one activity from your record to reflect on.',
    }
  const activities = activityIndex(record)
  const missing = body.activityIds.filter((id) => !activities.has(id))
  if (missing.length)
    return {
      code: 'unknown-activity',
      message: `${missing.length === 1 ? 'One chosen activity is' : `${missing.length} chosen activities are`} no longer in your record. Choose the activities again.`,
    }
  const minutes = availableMinutes(record, body.activityIds, exceptReflectionId)
  if (body.claimedMinutes > minutes)
    return {
      code: 'over-claim',
      availableMinutes: minutes,
      message: `You can claim at most ${formatMinutes(minutes)} for these activities: that is the time recorded for them${minutes > 0 ? ' and not yet claimed in another reflection' : ''}. Lower the time claimed.`,
    }
  const presentations = [...new Set(body.activityIds)].filter(
    (id) => activities.get(id)?.kind === 'presentation',
  ).length
  if (body.preparationMinutes > 0 && presentations === 0)
    return {
      code: 'preparation-without-presentation',
      message:
        'Preparation time can be added only to a reflection on a presentation you gave. Choose the presentation, or set preparation to 0.',
    }
  const maxPreparation = presentations * PREPARATION_MINUTES_PER_PRESENTATION
  if (body.preparationMinutes > maxPreparation)
    return {
      code: 'too-much-preparation',
      maxMinutes: maxPreparation,
      message: `Preparation can be at most ${formatMinutes(maxPreparation)} (10 hours for each presentation chosen). Lower it.`,
    }
  return null
}

/** "1 h 25 min", "45 min", "0 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (!hours) return `${rest} min`
  return rest ? `${hours} h ${rest} min` : `${hours} h`
}

/** Hours to two decimals, as portfolios and spreadsheets want them: "1.25". */
export function hoursText(seconds: number): string {
  return (Math.round((seconds / 3600) * 100) / 100).toFixed(2)
}
