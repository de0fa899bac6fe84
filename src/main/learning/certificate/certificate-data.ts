import { longDate, monthYear } from '../../../shared/dates'
import { activityIndex, allocateClaims, trackedSeconds } from '../../../shared/learning/claims'
import type { CertificateRequest } from '../../../shared/learning/ipc'
import { activityDetail, reflectionTitle, templateName } from '../../../shared/learning/labels'
import { lastDay, within } from '../../../shared/learning/periods'
import type {
  Activity,
  LearningRecord,
  PresentationActivity,
} from '../../../shared/learning/schema'
import { registrationBodyName, type LearningSettings } from '../../../shared/learning/settings'
import { KIND_LABELS, groupKey } from '../../../shared/learning/summary'
import { CODE_THEME_NAMES, templateAnswers } from '../../../shared/learning/templates'
import type { ModuleInfo } from '../module-catalogue'

/**
 * What a certificate prints, worked out from the record before any layout: the clinician,
 * the period, totals, each module with its objectives and a row per day of learning, the
 * teaching given, and the reflections chosen in full.
 */

/** One line of a module's table: a day, or a month when a module has many days. */
export interface CertificateRow {
  when: string
  what: string
  trackedSeconds: number
  claimedSeconds: number
}

export interface CertificateModule {
  title: string
  objectives: string[]
  rows: CertificateRow[]
  trackedSeconds: number
  claimedSeconds: number
  selfCheck: string | null
}

export interface CertificateReflection {
  title: string
  meta: string
  activities: string[]
  answers: { label: string; text: string }[]
  themes: string[]
}

export interface CertificateData {
  /** The PDF's title (window title, bookmarks). */
  title: string
  name: string
  registration: string
  periodLabel: string
  /** "All modules" or the one module's title. */
  scopeLabel: string
  madeOn: string
  appVersion: string
  totals: {
    trackedSeconds: number
    claimedSeconds: number
    preparationMinutes: number
    reflections: number
    selfChecks: number
    modules: number
  }
  modules: CertificateModule[]
  teaching: { date: string; title: string; audience: string; minutes: number }[]
  reflections: CertificateReflection[]
}

/** Past this many days, a module's rows are months, so a busy year stays a few pages. */
export const DAY_ROWS_LIMIT = 40

function describeDay(activities: readonly Activity[], sectionCount?: number): string {
  const parts: string[] = []
  const reading = activities.filter((a) => a.kind === 'reading')
  if (reading.length) {
    const reached = new Set(
      reading.flatMap((a) => (a.kind === 'reading' ? Object.keys(a.sections) : [])),
    )
    parts.push(`Reading, ${reached.size}${sectionCount ? ` of ${sectionCount}` : ''} sections`)
  }
  for (const a of activities)
    if (a.kind === 'self-check') parts.push(`Self-check ${a.score} of ${a.total}`)
  const handouts = activities.filter((a) => a.kind === 'handout').length
  if (handouts) parts.push(handouts === 1 ? 'Patient handout' : `${handouts} patient handouts`)
  for (const a of activities)
    if (a.kind === 'presentation') parts.push(`Presented: ${activityDetail(a)}`)
  return parts.join('; ')
}

function rowsFor(
  activities: readonly Activity[],
  claimed: ReadonlyMap<string, number>,
  module: ModuleInfo | undefined,
): CertificateRow[] {
  const days = new Map<string, Activity[]>()
  for (const a of activities) days.set(a.date, [...(days.get(a.date) ?? []), a])
  const sum = (list: readonly Activity[], f: (a: Activity) => number) =>
    list.reduce((total, a) => total + f(a), 0)
  if (days.size <= DAY_ROWS_LIMIT) {
    return [...days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, list]) => ({
        when: longDate(day),
        what: describeDay(list, module?.sectionCount),
        trackedSeconds: sum(list, trackedSeconds),
        claimedSeconds: sum(list, (a) => claimed.get(a.id) ?? 0),
      }))
  }
  const months = new Map<string, Activity[]>()
  for (const a of activities) {
    const key = a.date.slice(0, 7)
    months.set(key, [...(months.get(key) ?? []), a])
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, list]) => {
      const dayCount = new Set(list.map((a) => a.date)).size
      const checks = list.filter((a) => a.kind === 'self-check')
      const kinds = [...new Set(list.map((a) => KIND_LABELS[a.kind].toLowerCase()))]
      return {
        when: monthYear(`${month}-01`),
        what: `${dayCount} day${dayCount === 1 ? '' : 's'}: ${kinds.join(', ')}${checks.length ? `; ${checks.length} self-check${checks.length === 1 ? '' : 's'}` : ''}`,
        trackedSeconds: sum(list, trackedSeconds),
        claimedSeconds: sum(list, (a) => claimed.get(a.id) ?? 0),
      }
    })
}

function selfCheckLine(activities: readonly Activity[]): string | null {
  const checks = activities.filter(
    (a): a is Extract<Activity, { kind: 'self-check' }> => a.kind === 'self-check',
  )
  if (!checks.length) return null
  const best = checks.reduce((b, a) => (a.score / a.total > b.score / b.total ? a : b))
  const latest = checks.reduce((l, a) => (a.at > l.at ? a : l))
  return `Self-check: ${checks.length} attempt${checks.length === 1 ? '' : 's'}; best ${best.score} of ${best.total}; latest ${latest.score} of ${latest.total} on ${longDate(latest.date)}.`
}

/** Builds the certificate's content from the record as it is now. */
export function certificateData(input: {
  record: LearningRecord
  settings: LearningSettings
  request: CertificateRequest
  modules: ReadonlyMap<string, ModuleInfo>
  today: string
  appVersion: string
}): CertificateData {
  const { record, settings, request, modules } = input
  const period = request.period
  const chosen = new Set(request.reflectionIds)
  // Claimed time is what the reflections printed here claim, so the figures match the pages.
  const claimed = allocateClaims({
    ...record,
    reflections: record.reflections.filter((r) => chosen.has(r.id)),
  })
  const index = activityIndex(record)
  const inScope = record.activities.filter(
    (a) => within(a.date, period) && (!request.moduleId || a.moduleId === request.moduleId),
  )
  const groups = new Map<string, Activity[]>()
  for (const a of inScope) {
    if (a.kind === 'presentation' && a.moduleId === null) continue
    const key = groupKey(a)
    groups.set(key, [...(groups.get(key) ?? []), a])
  }
  const moduleList: CertificateModule[] = [...groups.entries()]
    .map(([key, list]) => {
      const info = modules.get(key)
      const title = info?.title ?? list.at(-1)!.title
      return {
        title,
        objectives: info?.objectives ?? [],
        rows: rowsFor(list, claimed, info),
        trackedSeconds: list.reduce((t, a) => t + trackedSeconds(a), 0),
        claimedSeconds: list.reduce((t, a) => t + (claimed.get(a.id) ?? 0), 0),
        selfCheck: selfCheckLine(list),
      }
    })
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
  const teaching = inScope
    .filter((a): a is PresentationActivity => a.kind === 'presentation')
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((a) => ({ date: a.date, title: a.title, audience: a.audience, minutes: a.minutes }))
  const reflections = record.reflections
    .filter((r) => chosen.has(r.id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((r) => {
      const claim = `${hoursPhrase(r.claimedMinutes)} claimed`
      const preparation = r.preparationMinutes
        ? `, plus ${hoursPhrase(r.preparationMinutes)} preparation for teaching`
        : ''
      return {
        title: reflectionTitle(r, index),
        meta: `${templateName(r)} · ${longDate(r.date)} · ${claim}${preparation}`,
        activities: r.activityIds
          .map((id) => index.get(id))
          .filter((a): a is Activity => a !== undefined)
          .map(
            (a) => `${longDate(a.date)}: ${KIND_LABELS[a.kind]}, ${a.title} (${activityDetail(a)})`,
          ),
        answers: templateAnswers(r),
        themes: r.codeThemes.map((t) => CODE_THEME_NAMES[t]),
      }
    })
  const body = registrationBodyName(settings)
  const registration = [body, settings.registrationNumber].filter(Boolean).join(' ')
  const periodLabel = `${longDate(period.start)} to ${longDate(lastDay(period))}`
  const scopeLabel = request.moduleId
    ? (modules.get(request.moduleId)?.title ?? inScope[0]?.title ?? request.moduleId)
    : 'All modules'
  const chosenReflections = record.reflections.filter((r) => chosen.has(r.id))
  return {
    title: `Certificate of learning: ${settings.name || 'Postcoital Atlas'}, ${periodLabel}`,
    name: settings.name,
    registration,
    periodLabel,
    scopeLabel,
    madeOn: input.today,
    appVersion: input.appVersion,
    totals: {
      trackedSeconds: inScope.reduce((t, a) => t + trackedSeconds(a), 0),
      claimedSeconds: inScope.reduce((t, a) => t + (claimed.get(a.id) ?? 0), 0),
      preparationMinutes: chosenReflections.reduce((t, r) => t + r.preparationMinutes, 0),
      reflections: chosenReflections.length,
      selfChecks: inScope.filter((a) => a.kind === 'self-check').length,
      modules: moduleList.length,
    },
    modules: moduleList,
    teaching,
    reflections,
  }
}

/** "1.5 hours", "45 minutes": how claims read in a sentence. */
export function hoursPhrase(minutes: number): string {
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`
  const hours = Math.round((minutes / 60) * 100) / 100
  return `${hours} hour${hours === 1 ? '' : 's'}`
}
