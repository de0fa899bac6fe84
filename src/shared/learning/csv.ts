import { allocateClaims, hoursText, trackedSeconds } from './claims'
import { within, type Period } from './periods'
import type { Activity, LearningRecord, Reflection } from './schema'
import { KIND_LABELS } from './summary'
import { reflectionTitle } from './labels'

/**
 * CSV exports for portfolios and spreadsheets: RFC 4180 (quoted where needed, CRLF line ends),
 * UTF-8 with a byte-order mark so spreadsheet programs read accents and dashes correctly, one
 * header row, ISO dates and decimal hours.
 */

const BOM = '\uFEFF'

/**
 * One cell. Text that a spreadsheet would run as a formula (starting with = + - @ or a tab)
 * gets a leading apostrophe, so a reflection can never become a formula in someone's sheet.
 */
export function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (string | number)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export const ACTIVITY_COLUMNS = [
  'Date',
  'Activity',
  'Title',
  'Module',
  'Minutes tracked',
  'Hours tracked',
  'Hours claimed',
  'Reflected',
  'Reflections',
  'Sections reached',
  'Self-check score',
  'Audience',
  'Activity id',
] as const

function coveringReflections(record: LearningRecord): Map<string, Reflection[]> {
  const map = new Map<string, Reflection[]>()
  for (const reflection of record.reflections)
    for (const id of reflection.activityIds) map.set(id, [...(map.get(id) ?? []), reflection])
  return map
}

const inPeriod = (period: Period | undefined) => (activity: Activity) =>
  !period || within(activity.date, period)

const byDate = (a: Activity, b: Activity): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : 1

/** Every activity (in `period`, when given) as one row, oldest first. */
export function activitiesCsv(record: LearningRecord, period?: Period): string {
  const claimed = allocateClaims(record)
  const covering = coveringReflections(record)
  const index = new Map(record.activities.map((a) => [a.id, a]))
  const rows = record.activities
    .filter(inPeriod(period))
    .sort(byDate)
    .map((activity) => {
      const seconds = trackedSeconds(activity)
      const reflections = covering.get(activity.id) ?? []
      return [
        activity.date,
        KIND_LABELS[activity.kind],
        activity.title,
        activity.moduleId ?? '',
        Math.round(seconds / 60),
        hoursText(seconds),
        hoursText(claimed.get(activity.id) ?? 0),
        reflections.length ? 'yes' : 'no',
        reflections.map((r) => reflectionTitle(r, index)).join('; '),
        activity.kind === 'reading' ? Object.keys(activity.sections).length : '',
        activity.kind === 'self-check' ? `${activity.score}/${activity.total}` : '',
        activity.kind === 'presentation' ? activity.audience : '',
        activity.id,
      ]
    })
  return toCsv(ACTIVITY_COLUMNS, rows)
}

export const TEACHING_COLUMNS = [
  'Date',
  'Title',
  'Presented',
  'Minutes',
  'Hours',
  'Audience',
  'Preparation hours',
  'Reflected',
  'Activity id',
] as const

/** The teaching log: presentations given, with preparation claimed in their reflections. */
export function teachingLogCsv(record: LearningRecord, period?: Period): string {
  const covering = coveringReflections(record)
  const index = new Map(record.activities.map((a) => [a.id, a]))
  // A reflection's preparation is shared equally by the presentations it covers.
  const preparation = new Map<string, number>()
  for (const reflection of record.reflections) {
    const talks = reflection.activityIds.filter((id) => index.get(id)?.kind === 'presentation')
    for (const id of talks)
      preparation.set(
        id,
        (preparation.get(id) ?? 0) + (reflection.preparationMinutes * 60) / talks.length,
      )
  }
  const rows = record.activities
    .filter((a): a is Extract<Activity, { kind: 'presentation' }> => a.kind === 'presentation')
    .filter(inPeriod(period))
    .sort(byDate)
    .map((talk) => [
      talk.date,
      talk.title,
      talk.source.kind === 'deck' ? 'Module slides' : 'Teaching session',
      talk.minutes,
      hoursText(talk.minutes * 60),
      talk.audience,
      hoursText(preparation.get(talk.id) ?? 0),
      (covering.get(talk.id)?.length ?? 0) > 0 ? 'yes' : 'no',
      talk.id,
    ])
  return toCsv(TEACHING_COLUMNS, rows)
}
