import type { Router } from 'vue-router'
import type { AtlasApi } from '@shared/ipc/api'
import type { IpcResult } from '@shared/ipc/result'
import type { LearningOverview, OverviewRequest } from '@shared/learning/ipc'
import type { LearningSettings } from '@shared/learning/settings'
import { flushReading } from './reading-flush'
import { todayIso } from '@shared/dates'
import { UNREFLECTED_PAGE } from '@shared/learning/page-size'
import { appraisalYear } from '@shared/learning/periods'

/** What the learning page asks main for as it opens: this appraisal year, the first page of its list. */
export function openingRequest(settings: LearningSettings, today = todayIso()): OverviewRequest {
  return { period: appraisalYear(today, settings.yearStart), unreflectedLimit: UNREFLECTED_PAGE }
}

/** How long an answer asked for at navigation stays the page's: the page opens well inside it. */
const EARLY_FOR_MS = 5_000

let early: { key: string; at: number; answer: Promise<IpcResult<LearningOverview>> } | null = null

const keyOf = (request: OverviewRequest) =>
  JSON.stringify([request.period.start, request.period.end, request.unreflectedLimit])

/**
 * Asks main for the learning page's opening figures as navigation to it starts, so main works
 * them out while the page's code loads and renders; the page then takes this answer instead of
 * asking again. Running reading trackers report first, so the figures include the reading just
 * done (main answers after every change sent before the question). Kept out of the learning
 * store, whose code loads with the page: this module is in the app's first chunk.
 */
export function askOverviewEarly(bridge: AtlasApi | null, settings: LearningSettings): void {
  if (!bridge || settings.consent !== 'on') return
  flushReading()
  const request = openingRequest(settings)
  early = { key: keyOf(request), at: Date.now(), answer: bridge.getLearningOverview(request) }
}

/** The early answer, once, if it is for this question and was asked moments ago. */
export function takeEarlyOverview(
  request: OverviewRequest,
): Promise<IpcResult<LearningOverview>> | null {
  const taken = early
  early = null
  const fresh = taken && taken.key === keyOf(request) && Date.now() - taken.at < EARLY_FOR_MS
  return fresh ? taken.answer : null
}

/** Asks early whenever navigation to the learning page starts (installed by the app's entry). */
export function askOverviewEarlyOnTheWay(
  router: Router,
  bridge: AtlasApi | null,
  settings: () => LearningSettings,
): void {
  router.beforeEach((to, from) => {
    if (to.name === 'learning' && from.name !== 'learning') askOverviewEarly(bridge, settings())
  })
}
