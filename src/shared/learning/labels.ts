import { longDate } from '../dates'
import type { Activity, Reflection } from './schema'
import { TEMPLATES } from './templates'

/** How activities and reflections are named on the page, in exports and on certificates. */

/** "Reflection on Cramps after orgasm (3 March 2027)" when the clinician gave no title. */
export function reflectionTitle(
  reflection: Pick<Reflection, 'title' | 'activityIds' | 'date'>,
  activities: ReadonlyMap<string, Activity>,
): string {
  if (reflection.title.trim()) return reflection.title.trim()
  const titles = [
    ...new Set(
      reflection.activityIds
        .map((id) => activities.get(id)?.title)
        .filter((t): t is string => Boolean(t)),
    ),
  ]
  const subject =
    titles.length === 0
      ? 'learning'
      : titles.length === 1
        ? titles[0]!
        : `${titles[0]} and ${titles.length - 1} more`
  return `Reflection on ${subject} (${longDate(reflection.date)})`
}

/** "NMC reflective account": the template's name. */
export function templateName(reflection: Pick<Reflection, 'template'>): string {
  return TEMPLATES[reflection.template].name
}

/**
 * What an activity was, in a few words: "5 sections", "Self-check 4 of 5",
 * "45 min to GP trainees". `sectionCount` gives "5 of 11 sections" when the module is known.
 */
export function activityDetail(activity: Activity, sectionCount?: number): string {
  switch (activity.kind) {
    case 'reading': {
      const reached = Object.keys(activity.sections).length
      const of = sectionCount ? ` of ${sectionCount}` : ''
      return `${reached}${of} section${reached === 1 && !of ? '' : 's'} reached`
    }
    case 'self-check':
      return `${activity.score} of ${activity.total} correct`
    case 'handout':
      return 'Patient handout saved as PDF'
    case 'presentation':
      return activity.audience
        ? `${activity.minutes} min to ${activity.audience}`
        : `${activity.minutes} min`
  }
}
