// @vitest-environment node
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { initialPresentationState, type PresentationState } from '@shared/present/state'
import { parsePresentMessage, type StateMessage } from '@shared/present/messages'
import { reduce } from '@renderer/present/presentation-state'
import {
  closedView,
  handleCommand,
  type Command,
  type ViewState,
} from '@renderer/present/view-commands'
import { commit, createReplica, receive, type Replica } from '@renderer/present/replica'
import { PRESENT_KEYS } from '@renderer/present/present-keys'

const outline = { steps: [0, 1, 0, 3, 0, 0, 1, 0] }
const SLIDES = outline.steps.length
const KEY_NAMES = PRESENT_KEYS.flatMap((k) => k.keys)

/** The command a key press gives, through the same key table the views register. */
function commandFor(name: string): Command {
  const binding = PRESENT_KEYS.find((k) => k.keys.includes(name))!
  return binding.command({ key: name === 'Space' ? ' ' : name } as KeyboardEvent)
}

interface View {
  view: ViewState
  replica: Replica
}

function press(v: View, name: string, now: number): { v: View; sent: StateMessage | null } {
  const handled = handleCommand(v.view, commandFor(name), {
    slide: v.replica.state.slide,
    slides: SLIDES,
    columns: 3,
  })
  if (!handled.action) return { v: { ...v, view: handled.view }, sent: null }
  const state = reduce(v.replica.state, handled.action, outline, now)
  const [replica, sent] = commit(v.replica, state)
  return { v: { view: handled.view, replica }, sent }
}

const viewOf = (id: string): View => ({
  view: closedView,
  replica: createReplica(id, 'deck:fixture', SLIDES, initialPresentationState(SLIDES)),
})

const inRange = (s: PresentationState) =>
  s.slide >= 0 && s.slide < SLIDES && s.step >= 0 && s.step <= outline.steps[s.slide]!

const keyPress = fc.record({
  key: fc.constantFrom(...KEY_NAMES),
  dt: fc.integer({ min: 0, max: 120_000 }),
})

describe('presentation state (property)', () => {
  it('keeps the slide and step in range for any key sequence', () => {
    fc.assert(
      fc.property(fc.array(keyPress, { maxLength: 200 }), (presses) => {
        let v = viewOf('aaaaaa')
        let now = 1_000
        for (const { key, dt } of presses) {
          now += dt
          v = press(v, key, now).v
          if (!inRange(v.replica.state)) return false
          if (v.view.cursor < 0 || v.view.cursor >= SLIDES) return false
        }
        return true
      }),
    )
  })

  it('ends two views fed the same key presses in the same state', () => {
    fc.assert(
      fc.property(fc.array(keyPress, { maxLength: 100 }), (presses) => {
        let a = viewOf('aaaaaa')
        let b = viewOf('bbbbbb')
        let now = 0
        for (const { key, dt } of presses) {
          now += dt
          a = press(a, key, now).v
          b = press(b, key, now).v
        }
        expect(b.replica.state).toEqual(a.replica.state)
        expect(b.view).toEqual(a.view)
      }),
    )
  })

  it('brings two synced views to the same state whatever order messages arrive in', () => {
    const event = fc.oneof(
      fc.record({
        kind: fc.constant('press' as const),
        at: fc.constantFrom(0, 1),
        key: fc.constantFrom(...KEY_NAMES),
        dt: fc.integer({ min: 0, max: 60_000 }),
      }),
      fc.record({
        kind: fc.constant('deliver' as const),
        to: fc.constantFrom(0, 1),
        pick: fc.nat(),
      }),
    )
    fc.assert(
      fc.property(fc.array(event, { maxLength: 150 }), (events) => {
        const views = [viewOf('aaaaaa'), viewOf('bbbbbb')]
        const inbox: StateMessage[][] = [[], []]
        let now = 0
        const deliver = (to: number, index: number) => {
          const [message] = inbox[to]!.splice(index, 1)
          // Every message crosses the wire as data and is validated, as the transport does.
          const parsed = parsePresentMessage(JSON.parse(JSON.stringify(message)))
          expect(parsed).not.toBeNull()
          views[to] = { ...views[to]!, replica: receive(views[to]!.replica, parsed!).replica }
        }
        for (const e of events) {
          if (e.kind === 'press') {
            now += e.dt
            const { v, sent } = press(views[e.at]!, e.key, now)
            views[e.at] = v
            if (sent) inbox[1 - e.at]!.push(sent)
          } else if (inbox[e.to]!.length) {
            deliver(e.to, e.pick % inbox[e.to]!.length)
          }
          for (const v of views) expect(inRange(v.replica.state)).toBe(true)
        }
        for (const to of [0, 1]) while (inbox[to]!.length) deliver(to, 0)
        expect(views[1]!.replica.state).toEqual(views[0]!.replica.state)
      }),
    )
  })
})
