import { claimProblem, type ClaimProblem } from './claims'
import {
  RECORD_LIMITS,
  type Activity,
  type LearningRecord,
  type Reflection,
  type ReflectionBody,
} from './schema'
import { templateProblems } from './templates'
import type { TrackerDelta } from './tracker'

/**
 * Changes to the record, as pure functions main applies under its write lock. Each returns a
 * new record and leaves the one it was given untouched, so a failed save loses nothing.
 */

/** When and how: the local day, the instant, and a source of fresh ids. */
export interface Stamp {
  today: string
  now: string
  newId: () => string
}

/**
 * Adds tracked reading to the module's activity for today (one activity per module per day),
 * or starts one. A day's total never passes 24 hours, and a section reached with no time yet
 * is still listed as reached.
 */
export function addReading(
  record: LearningRecord,
  input: { moduleId: string; title: string; delta: TrackerDelta },
  stamp: Stamp,
): LearningRecord {
  const index = record.activities.findLastIndex(
    (a) => a.kind === 'reading' && a.moduleId === input.moduleId && a.date === stamp.today,
  )
  const existing = index >= 0 ? record.activities[index] : undefined
  const sections: Record<string, number> =
    existing?.kind === 'reading' ? { ...existing.sections } : {}
  let total = Object.values(sections).reduce((sum, s) => sum + s, 0)
  const slugs = [...new Set([...input.delta.reached, ...Object.keys(input.delta.sections)])]
  for (const slug of slugs) {
    if (!(slug in sections)) {
      if (Object.keys(sections).length >= RECORD_LIMITS.sectionsPerActivity) continue
      sections[slug] = 0
    }
    const add = Math.max(
      0,
      Math.min(input.delta.sections[slug] ?? 0, RECORD_LIMITS.secondsPerActivity - total),
    )
    sections[slug]! += add
    total += add
  }
  const activity: Activity = {
    id: existing?.id ?? stamp.newId(),
    kind: 'reading',
    moduleId: input.moduleId,
    title: input.title,
    date: stamp.today,
    at: stamp.now,
    sections,
  }
  const activities = [...record.activities]
  if (index >= 0) activities[index] = activity
  else activities.push(activity)
  return { ...record, activities }
}

/** Appends an activity main has built and validated. */
export function addActivity(record: LearningRecord, activity: Activity): LearningRecord {
  return { ...record, activities: [...record.activities, activity] }
}

export type SaveReflectionOutcome =
  | { ok: true; record: LearningRecord; reflection: Reflection }
  | { ok: false; problems: string[]; claim: ClaimProblem | null }

/**
 * Saves a new reflection (id null) or replaces one, after checking the template's required
 * answers and the claim rule. Activity ids are de-duplicated and kept in the order chosen.
 */
export function saveReflection(
  record: LearningRecord,
  input: { id: string | null; body: ReflectionBody },
  stamp: Stamp,
): SaveReflectionOutcome {
  const body: ReflectionBody = {
    ...input.body,
    activityIds: [...new Set(input.body.activityIds)],
    codeThemes: input.body.template === 'nmc' ? [...new Set(input.body.codeThemes)] : [],
  }
  const existing = input.id ? record.reflections.find((r) => r.id === input.id) : undefined
  if (input.id && !existing)
    return {
      ok: false,
      problems: ['That reflection is no longer in your record. Save this as a new reflection.'],
      claim: null,
    }
  const claim = claimProblem(record, body, existing?.id)
  const problems = [...templateProblems(body), ...(claim ? [claim.message] : [])]
  if (problems.length) return { ok: false, problems, claim }
  const reflection: Reflection = {
    ...body,
    id: existing?.id ?? stamp.newId(),
    date: existing?.date ?? stamp.today,
    createdAt: existing?.createdAt ?? stamp.now,
    updatedAt: stamp.now,
  }
  const reflections = existing
    ? record.reflections.map((r) => (r.id === existing.id ? reflection : r))
    : [...record.reflections, reflection]
  return { ok: true, record: { ...record, reflections }, reflection }
}

/** Removes a reflection; its activities become unreflected again. */
export function removeReflection(record: LearningRecord, id: string): LearningRecord {
  return { ...record, reflections: record.reflections.filter((r) => r.id !== id) }
}
