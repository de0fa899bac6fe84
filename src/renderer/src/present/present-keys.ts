import type { Command } from './view-commands'

/** A presentation key: what it does, how the shortcuts dialog shows it, and where it works. */
export interface PresentKey {
  /** Key names as `keyName` produces them ("ArrowRight", "Space", "b"). */
  keys: string[]
  /** The same keys as a person reads them. */
  labels: string[]
  description: string
  command: (event: KeyboardEvent) => Command
  /** Only the presenter console has a timer. */
  consoleOnly?: boolean
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']

/**
 * Every presentation key, in one place: the audience view and the console register these, and
 * the shortcuts dialog lists them. They match what clickers send (PageDown, PageUp, `b` or `.`,
 * F5 and Esc) and the keys reveal.js users know.
 */
export const PRESENT_KEYS: PresentKey[] = [
  {
    keys: ['ArrowRight', 'ArrowDown', 'Space', 'PageDown'],
    labels: ['→', '↓', 'Space', 'Page Down'],
    description: 'Next: reveal the answer or the next row, then the next slide',
    command: (event) => ({ kind: 'forward', axis: axisOf(event) }),
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp'],
    labels: ['←', '↑', 'Page Up'],
    description: 'Previous',
    command: (event) => ({ kind: 'back', axis: axisOf(event) }),
  },
  {
    keys: ['Home'],
    labels: ['Home'],
    description: 'First slide',
    command: () => ({ kind: 'first' }),
  },
  { keys: ['End'], labels: ['End'], description: 'Last slide', command: () => ({ kind: 'last' }) },
  {
    keys: DIGITS,
    labels: ['0–9 then Enter'],
    description: 'Type a slide number, then Enter, to go to it',
    command: (event) => ({ kind: 'digit', digit: event.key }),
  },
  {
    keys: ['Enter'],
    labels: ['Enter'],
    description: 'Next, or go to the typed or highlighted slide',
    command: () => ({ kind: 'enter' }),
  },
  {
    keys: ['b', '.'],
    labels: ['b', '.'],
    description: 'Black screen (press again, or move, to bring the slide back)',
    command: () => ({ kind: 'blank', mode: 'black' }),
  },
  {
    keys: ['w', ','],
    labels: ['w', ','],
    description: 'White screen',
    command: () => ({ kind: 'blank', mode: 'white' }),
  },
  {
    keys: ['o'],
    labels: ['o'],
    description: 'Overview of every slide (arrows and Enter, or click, to go)',
    command: () => ({ kind: 'overview' }),
  },
  {
    keys: ['Escape'],
    labels: ['Esc'],
    description: 'Open or close the overview; clear a typed number',
    command: () => ({ kind: 'escape' }),
  },
  {
    keys: ['f', 'F5'],
    labels: ['f', 'F5'],
    description: 'Full screen on or off',
    command: () => ({ kind: 'fullscreen' }),
  },
  {
    keys: ['s'],
    labels: ['s'],
    description: 'One screen: the slides alone in this window, or back to the console (console)',
    command: () => ({ kind: 'mirror' }),
    consoleOnly: true,
  },
  {
    keys: ['t'],
    labels: ['t'],
    description: 'Pause or resume the timer, for questions (console)',
    command: () => ({ kind: 'pause' }),
    consoleOnly: true,
  },
]

function axisOf(event: KeyboardEvent): 'x' | 'y' | undefined {
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') return 'x'
  if (event.key === 'ArrowUp' || event.key === 'ArrowDown') return 'y'
  return undefined
}

/** The presentation keys as the shortcuts dialog lists them. */
export const PRESENT_KEY_HELP: { keys: string[]; description: string }[] = PRESENT_KEYS.map(
  ({ labels, description }) => ({ keys: labels, description }),
)
