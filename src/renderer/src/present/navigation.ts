import type { Blackout } from '@shared/present/state'

/** Moves within a presentation, as clickers and the keyboard ask for them. */
export type NavAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  /** 0-based; out-of-range slides are clamped. */
  | { type: 'goto'; slide: number }
  /** Toggles a black or white screen. */
  | { type: 'blank'; mode: Exclude<Blackout, 'none'> }

/** Where the presentation is: slide, reveal step and blank screen. */
export interface Position {
  slide: number
  step: number
  blackout: Blackout
}

/** How many reveal steps each slide has after its first view. */
export interface Outline {
  steps: readonly number[]
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value))

/**
 * The next position. On a blank screen, any move first brings the same slide back, so the room
 * never misses a slide. Going back onto a slide shows it fully revealed, as PowerPoint does.
 */
export function navigate(at: Position, action: NavAction, outline: Outline): Position {
  const last = Math.max(0, outline.steps.length - 1)
  const stepsOf = (slide: number) => outline.steps[slide] ?? 0
  if (action.type === 'blank') {
    return { ...at, blackout: at.blackout === action.mode ? 'none' : action.mode }
  }
  if (at.blackout !== 'none' && (action.type === 'next' || action.type === 'prev')) {
    return { ...at, blackout: 'none' }
  }
  const shown = { ...at, blackout: 'none' as const }
  switch (action.type) {
    case 'next':
      if (at.step < stepsOf(at.slide)) return { ...shown, step: at.step + 1 }
      return at.slide < last ? { ...shown, slide: at.slide + 1, step: 0 } : shown
    case 'prev':
      if (at.step > 0) return { ...shown, step: at.step - 1 }
      return at.slide > 0 ? { ...shown, slide: at.slide - 1, step: stepsOf(at.slide - 1) } : shown
    case 'first':
      return { ...shown, slide: 0, step: 0 }
    case 'last':
      return { ...shown, slide: last, step: 0 }
    case 'goto':
      return { ...shown, slide: clamp(Math.trunc(action.slide), 0, last), step: 0 }
  }
}
