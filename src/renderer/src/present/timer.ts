import type { TimerState } from '@shared/present/state'

/** Pure timer operations; `now` is milliseconds from the injected clock. */

export const stoppedTimer: TimerState = { startedAt: null, pausedAt: null, pausedTotal: 0 }

export const isRunning = (t: TimerState): boolean => t.startedAt !== null && t.pausedAt === null
export const isPaused = (t: TimerState): boolean => t.pausedAt !== null

/** Active milliseconds: time since start, less every pause (a pause in progress included). */
export function activeMs(t: TimerState, now: number): number {
  if (t.startedAt === null) return 0
  return Math.max(0, (t.pausedAt ?? now) - t.startedAt - t.pausedTotal)
}

export function startTimer(t: TimerState, now: number): TimerState {
  return t.startedAt === null ? { startedAt: now, pausedAt: null, pausedTotal: 0 } : t
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  return isRunning(t) ? { ...t, pausedAt: now } : t
}

export function resumeTimer(t: TimerState, now: number): TimerState {
  if (t.pausedAt === null) return t
  return { ...t, pausedAt: null, pausedTotal: t.pausedTotal + Math.max(0, now - t.pausedAt) }
}

/** Pause when running, resume when paused, start when not started. */
export function toggleTimer(t: TimerState, now: number): TimerState {
  if (t.startedAt === null) return startTimer(t, now)
  return isPaused(t) ? resumeTimer(t, now) : pauseTimer(t, now)
}
