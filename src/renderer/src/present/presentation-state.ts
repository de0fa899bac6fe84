import type { PresentationState, SlideTheme } from '@shared/present/state'
import { initialPresentationState } from '@shared/present/state'
import { navigate, type NavAction, type Outline } from './navigation'
import { activeMs, startTimer, stoppedTimer, toggleTimer, pauseTimer, resumeTimer } from './timer'

export type TimerAction = { type: 'timer'; op: 'start' | 'pause' | 'resume' | 'toggle' | 'reset' }

/** Everything that changes the shared presentation state. */
export type PresentAction =
  | NavAction
  | TimerAction
  /** Starts a rehearsal from the first slide with fresh timings, or ends one. */
  | { type: 'rehearse'; on: boolean }
  | { type: 'theme'; theme: SlideTheme }

export { initialPresentationState }

/** Active milliseconds on the current slide so far, this visit and earlier ones. */
export function currentSlideMs(state: PresentationState, now: number): number {
  return (state.spent[state.slide] ?? 0) + Math.max(0, activeMs(state.timer, now) - state.enteredAt)
}

/** Time spent on every slide, the current visit included. */
export function spentNow(state: PresentationState, now: number): number[] {
  return state.spent.map((ms, i) => (i === state.slide ? currentSlideMs(state, now) : ms))
}

/** `spent` sized to the presentation (a stored or received state may be from an older deck). */
function sized(spent: readonly number[], slides: number): number[] {
  return Array.from({ length: slides }, (_, i) => spent[i] ?? 0)
}

/**
 * The pure heart of presenting: the next state for an action at time `now`. Moving starts the
 * timer if it has not started. Leaving a slide adds its active time to `spent`, so pauses
 * never count against a slide or the session.
 */
export function reduce(
  state: PresentationState,
  action: PresentAction,
  outline: Outline,
  now: number,
): PresentationState {
  const slides = outline.steps.length
  switch (action.type) {
    case 'theme':
      return { ...state, theme: action.theme }
    case 'rehearse': {
      if (!action.on)
        return {
          ...state,
          spent: spentNow(state, now),
          enteredAt: activeMs(state.timer, now),
          rehearsing: false,
          timer: pauseTimer(state.timer, now),
        }
      return {
        ...initialPresentationState(slides),
        theme: state.theme,
        rehearsing: true,
        timer: startTimer(stoppedTimer, now),
      }
    }
    case 'timer': {
      if (action.op === 'reset') {
        return { ...state, timer: stoppedTimer, spent: sized([], slides), enteredAt: 0 }
      }
      const op = { start: startTimer, pause: pauseTimer, resume: resumeTimer, toggle: toggleTimer }[
        action.op
      ]
      return { ...state, timer: op(state.timer, now) }
    }
    default: {
      const moved = navigate(state, action, outline)
      const timer = startTimer(state.timer, now)
      const next: PresentationState = {
        ...state,
        ...moved,
        timer,
        spent: sized(state.spent, slides),
      }
      if (moved.slide === state.slide && state.timer.startedAt !== null) return next
      const active = activeMs(timer, now)
      if (moved.slide !== state.slide) {
        next.spent[state.slide] = currentSlideMs({ ...state, timer }, now)
      }
      next.enteredAt = active
      return next
    }
  }
}
