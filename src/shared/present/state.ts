import { z } from 'zod'

/** Blank screens a presenter can switch to: black (`b` or `.`) or white (`w`). */
export const BLACKOUT_MODES = ['none', 'black', 'white'] as const
export type Blackout = (typeof BLACKOUT_MODES)[number]

/** Slide colours: the app's light or dark theme, or high contrast for a washed-out projector. */
export const SLIDE_THEMES = ['auto', 'light', 'dark', 'contrast'] as const
export type SlideTheme = (typeof SLIDE_THEMES)[number]

/**
 * The presentation timer. Times are milliseconds on the clock of the machine (both windows share
 * it). Not started: `startedAt` is null. Paused: `pausedAt` is set. Paused time is summed in
 * `pausedTotal` so it never counts against pacing.
 */
export const timerSchema = z.strictObject({
  startedAt: z.number().finite().nullable(),
  pausedAt: z.number().finite().nullable(),
  pausedTotal: z.number().finite().min(0),
})
export type TimerState = z.infer<typeof timerSchema>

/**
 * The one presentation state that every view of a presentation shows: the audience view, the
 * console and (in the desktop app) main, which holds it and broadcasts it to both windows.
 */
export const presentationStateSchema = z.strictObject({
  /** 0-based slide index. */
  slide: z.number().int().min(0).max(9999),
  /** Reveals shown on this slide (a self-check answer, comparison rows). */
  step: z.number().int().min(0).max(99),
  blackout: z.enum(BLACKOUT_MODES),
  theme: z.enum(SLIDE_THEMES),
  timer: timerSchema,
  /** Active milliseconds spent on each slide in finished visits (pauses excluded). */
  spent: z.array(z.number().finite().min(0)).max(10000),
  /** Active milliseconds on the timer when the current slide was entered. */
  enteredAt: z.number().finite().min(0),
  /** A rehearsal records timings to compare with the budget afterwards. */
  rehearsing: z.boolean(),
})
export type PresentationState = z.infer<typeof presentationStateSchema>

/** A fresh presentation at its first slide, timer not started. */
export function initialPresentationState(slides: number, slide = 0): PresentationState {
  return {
    slide: Math.max(0, Math.min(slides - 1, slide)),
    step: 0,
    blackout: 'none',
    theme: 'auto',
    timer: { startedAt: null, pausedAt: null, pausedTotal: 0 },
    spent: Array.from({ length: slides }, () => 0),
    enteredAt: 0,
    rehearsing: false,
  }
}
