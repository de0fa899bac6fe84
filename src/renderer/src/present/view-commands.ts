import type { PresentAction } from './presentation-state'

/** What a key (or a click in the overview) asks a view to do, before the view decides. */
export type Command =
  /** → ↓ Space PageDown: forward. `axis` says which arrow, for moving in the overview grid. */
  | { kind: 'forward'; axis?: 'x' | 'y' }
  | { kind: 'back'; axis?: 'x' | 'y' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'digit'; digit: string }
  | { kind: 'enter' }
  | { kind: 'escape' }
  | { kind: 'overview' }
  | { kind: 'blank'; mode: 'black' | 'white' }
  | { kind: 'fullscreen' }
  | { kind: 'pause' }
  /** The console alone on one screen: the slides fill its window, or the console comes back. */
  | { kind: 'mirror' }
  /** A slide chosen in the overview with the pointer, 0-based. */
  | { kind: 'choose'; slide: number }

/** What only this view shows: the overview grid and a slide number being typed. */
export interface ViewState {
  overview: boolean
  /** The highlighted slide in the overview, 0-based. */
  cursor: number
  /** Digits typed so far for "number then Enter". */
  jump: string
}

export const closedView: ViewState = { overview: false, cursor: 0, jump: '' }

/** The outcome of a command: the view's next state, a change to the shared state, an effect. */
export interface Handled {
  view: ViewState
  action: PresentAction | null
  effect: 'fullscreen' | 'mirror' | null
}

const MAX_JUMP_DIGITS = 4

/**
 * Turns a command into view changes and at most one shared action. In the overview, moves
 * steer the highlight and Enter goes there; elsewhere they move the presentation. A typed
 * number waits for Enter; any other key drops it.
 */
export function handleCommand(
  view: ViewState,
  command: Command,
  at: { slide: number; slides: number; columns: number },
): Handled {
  const none = (next: ViewState): Handled => ({ view: next, action: null, effect: null })
  const act = (next: ViewState, action: PresentAction): Handled => ({
    view: next,
    action,
    effect: null,
  })
  const last = Math.max(0, at.slides - 1)
  const clamp = (n: number) => Math.max(0, Math.min(last, n))
  const cleared = { ...view, jump: '' }

  switch (command.kind) {
    case 'digit':
      return none({ ...view, jump: (view.jump + command.digit).slice(-MAX_JUMP_DIGITS) })
    case 'fullscreen':
      return { view: cleared, action: null, effect: 'fullscreen' }
    case 'mirror':
      return { view: { ...closedView, cursor: view.cursor }, action: null, effect: 'mirror' }
    case 'blank':
      return act(cleared, { type: 'blank', mode: command.mode })
    case 'pause':
      return act(cleared, { type: 'timer', op: 'toggle' })
    case 'choose':
      return act(
        { ...closedView, cursor: clamp(command.slide) },
        { type: 'goto', slide: clamp(command.slide) },
      )
    case 'overview':
      return none(
        view.overview ? { ...closedView } : { overview: true, cursor: at.slide, jump: '' },
      )
    case 'enter':
      if (view.jump)
        return act(
          { ...closedView, cursor: view.cursor },
          { type: 'goto', slide: clamp(Number(view.jump) - 1) },
        )
      if (view.overview)
        return act({ ...closedView, cursor: view.cursor }, { type: 'goto', slide: view.cursor })
      return act(cleared, { type: 'next' })
    case 'escape':
      if (view.jump) return none(cleared)
      return none(
        view.overview ? { ...closedView } : { overview: true, cursor: at.slide, jump: '' },
      )
  }

  if (view.overview) {
    const by =
      command.kind === 'first'
        ? -at.slides
        : command.kind === 'last'
          ? at.slides
          : (command.kind === 'forward' ? 1 : -1) * (command.axis === 'y' ? at.columns : 1)
    return none({ ...cleared, cursor: clamp(view.cursor + by) })
  }
  const type = { forward: 'next', back: 'prev', first: 'first', last: 'last' } as const
  return act(cleared, { type: type[command.kind] })
}
