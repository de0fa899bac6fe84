import type { PresentationState } from '@shared/present/state'
import { activeMs } from './timer'
import { currentSlideMs } from './presentation-state'

export type PacingStatus = 'not-started' | 'ahead' | 'on-time' | 'behind'

/** How the talk is going against its budgets, all in milliseconds. */
export interface Pacing {
  status: PacingStatus
  /** Active time since the start, pauses excluded. */
  elapsed: number
  /** Session budget left (negative when over). */
  sessionLeft: number
  /** This slide's budget left (negative when over). */
  slideLeft: number
  /** Minus when ahead of plan, plus when behind; 0 inside the current slide's window. */
  drift: number
}

/** Drift inside this margin still reads "on time": nobody teaches to the second. */
export const ON_TIME_MARGIN_MS = 60_000

/**
 * Pacing against per-slide budgets. By the plan, slide i starts when the budgets before it have
 * run out and ends when its own has. Reaching a slide before its planned start is ahead;
 * still being on it after its planned end is behind; anything between is on time.
 */
export function pacing(
  state: PresentationState,
  budgetsMs: readonly number[],
  now: number,
  margin = ON_TIME_MARGIN_MS,
): Pacing {
  const elapsed = activeMs(state.timer, now)
  const total = budgetsMs.reduce((sum, ms) => sum + ms, 0)
  const plannedStart = budgetsMs.slice(0, state.slide).reduce((sum, ms) => sum + ms, 0)
  const plannedEnd = plannedStart + (budgetsMs[state.slide] ?? 0)
  const drift =
    elapsed < plannedStart
      ? elapsed - plannedStart
      : elapsed > plannedEnd
        ? elapsed - plannedEnd
        : 0
  const status: PacingStatus =
    state.timer.startedAt === null
      ? 'not-started'
      : drift < -margin
        ? 'ahead'
        : drift > margin
          ? 'behind'
          : 'on-time'
  return {
    status,
    elapsed,
    sessionLeft: total - elapsed,
    slideLeft: (budgetsMs[state.slide] ?? 0) - currentSlideMs(state, now),
    drift,
  }
}
