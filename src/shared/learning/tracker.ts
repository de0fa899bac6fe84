/**
 * The reading tracker: a pure state machine that turns what the window reports (focus, page
 * visibility, input and scrolling, the section on screen, clock ticks) into active seconds per
 * section. Time counts only while the window has focus, the page is visible and there was input
 * or scrolling within the last two minutes; idle time never counts. Times are milliseconds from
 * a monotonic clock (`performance.now()` in the app, a fake one in tests).
 */

/** Time without input or scrolling after which reading counts as idle. */
export const IDLE_MS = 2 * 60_000

export interface TrackerState {
  focused: boolean
  visible: boolean
  /** Last input or scroll, or null before any. */
  lastInputAt: number | null
  /** The time up to which activity has been accounted; later events never go back before it. */
  clockAt: number | null
  section: string | null
  /** Milliseconds credited per section and not yet drained. */
  pending: Readonly<Record<string, number>>
  /** Sections reached since the last drain, in the order they were reached. */
  reached: readonly string[]
  /** Everything credited since the tracker started (for the property tests and the bench). */
  totalMs: number
}

export type TrackerEvent =
  /** The module opened: opening it is an input. */
  | { type: 'start'; at: number; section: string | null; focused: boolean; visible: boolean }
  /** A key, a click, a touch, the wheel or a scroll. */
  | { type: 'input'; at: number }
  /** The window gained focus: the reader came back to it, which is an input too. */
  | { type: 'focus'; at: number }
  | { type: 'blur'; at: number }
  | { type: 'visible'; at: number }
  | { type: 'hidden'; at: number }
  /** Another section is now the one on screen. */
  | { type: 'section'; at: number; section: string }
  /** A timer: accounts time so far without changing anything else. */
  | { type: 'tick'; at: number }

export const INITIAL_TRACKER: TrackerState = {
  focused: false,
  visible: false,
  lastInputAt: null,
  clockAt: null,
  section: null,
  pending: {},
  reached: [],
  totalMs: 0,
}

/** Milliseconds between `from` and `to` that count: active, and not idle. */
function activeBetween(state: TrackerState, from: number, to: number): number {
  if (!state.focused || !state.visible || state.lastInputAt === null) return 0
  const idleFrom = state.lastInputAt + IDLE_MS
  return Math.max(0, Math.min(to, idleFrom) - from)
}

/** Credits the time up to `at` to the current section. */
function advance(state: TrackerState, at: number): TrackerState {
  if (state.clockAt === null) return { ...state, clockAt: at }
  // A clock that goes back (it should not) never credits time twice.
  if (!(at > state.clockAt)) return state
  const credit = state.section === null ? 0 : activeBetween(state, state.clockAt, at)
  if (credit === 0) return { ...state, clockAt: at }
  const section = state.section!
  return {
    ...state,
    clockAt: at,
    pending: { ...state.pending, [section]: (state.pending[section] ?? 0) + credit },
    totalMs: state.totalMs + credit,
  }
}

const reach = (reached: readonly string[], section: string | null): readonly string[] =>
  section === null || reached.includes(section) ? reached : [...reached, section]

/** The state after one event. Never throws; events from the past only stop the clock. */
export function step(previous: TrackerState, event: TrackerEvent): TrackerState {
  const state = advance(previous, event.at)
  // An input stamped before the accounted time cannot extend activity backwards.
  const at = state.clockAt === null ? event.at : Math.max(event.at, state.clockAt)
  switch (event.type) {
    case 'start':
      return {
        ...state,
        focused: event.focused,
        visible: event.visible,
        lastInputAt: at,
        section: event.section,
        reached: reach(state.reached, event.section),
      }
    case 'input':
    case 'focus':
      return {
        ...state,
        focused: event.type === 'focus' ? true : state.focused,
        lastInputAt: at,
      }
    case 'blur':
      return { ...state, focused: false }
    case 'visible':
      return { ...state, visible: true }
    case 'hidden':
      return { ...state, visible: false }
    case 'section':
      return { ...state, section: event.section, reached: reach(state.reached, event.section) }
    case 'tick':
      return state
  }
}

/** Whole seconds per section, and sections newly reached, ready to add to the record. */
export interface TrackerDelta {
  sections: Record<string, number>
  reached: string[]
}

/**
 * Takes the whole seconds credited so far out of the state; the part of a second left over
 * stays, so many small drains lose nothing to rounding.
 */
export function drain(state: TrackerState): { state: TrackerState; delta: TrackerDelta } {
  const sections: Record<string, number> = {}
  const pending: Record<string, number> = {}
  for (const [section, ms] of Object.entries(state.pending)) {
    const whole = Math.floor(ms / 1000)
    if (whole > 0) sections[section] = whole
    const rest = ms - whole * 1000
    if (rest > 0) pending[section] = rest
  }
  return {
    state: { ...state, pending, reached: [] },
    delta: { sections, reached: [...state.reached] },
  }
}

/** Whether a delta carries anything worth sending. */
export function isEmptyDelta(delta: TrackerDelta): boolean {
  return delta.reached.length === 0 && Object.keys(delta.sections).length === 0
}

/** Whether, at `at`, time is being counted (for the "recording" indicator). */
export function isCounting(state: TrackerState, at: number): boolean {
  return (
    state.section !== null &&
    state.focused &&
    state.visible &&
    state.lastInputAt !== null &&
    at < state.lastInputAt + IDLE_MS
  )
}
