import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PresentationHub } from '../../../src/main/present/presentation-hub'
import { initialPresentationState } from '../../../src/shared/present/state'
import type { PresentMessage, StateMessage } from '../../../src/shared/present/messages'
import {
  commit,
  createReplica,
  receive,
  type Replica,
} from '../../../src/renderer/src/present/replica'

const KEY = 'deck:fixture'
const SLIDES = 6

function stateMessage(from: string, version: number, slide: number): StateMessage {
  return {
    type: 'state',
    presentation: KEY,
    from,
    version,
    slides: SLIDES,
    state: { ...initialPresentationState(SLIDES), slide },
  }
}

describe('presentation hub: one state in main', () => {
  it('keeps the newer state, passes it to the other views, and answers a late view', () => {
    const hub = new PresentationHub()
    expect(hub.receive(1, { type: 'hello', presentation: KEY, from: 'aaaaaa' })).toEqual({
      reply: null,
      deliverTo: [],
    })
    const moved = stateMessage('aaaaaa', 1, 2)
    expect(hub.receive(1, moved)).toEqual({ reply: null, deliverTo: [] })
    // A view that opens later asks, and gets the state main holds.
    expect(hub.receive(2, { type: 'hello', presentation: KEY, from: 'bbbbbb' })).toEqual({
      reply: moved,
      deliverTo: [],
    })
    const next = stateMessage('bbbbbb', 2, 3)
    expect(hub.receive(2, next)).toEqual({ reply: null, deliverTo: [1] })
    expect(hub.state(KEY)).toBe(next)
  })

  it('answers an older state with the one it holds, so the sender falls in line', () => {
    const hub = new PresentationHub()
    hub.receive(1, stateMessage('bbbbbb', 3, 4))
    const stale = stateMessage('aaaaaa', 2, 1)
    expect(hub.receive(2, stale).reply).toMatchObject({ version: 3, from: 'bbbbbb' })
    // Same version: the greater sender id wins, as in every view.
    expect(hub.receive(2, stateMessage('aaaaaa', 3, 0)).reply).toMatchObject({ from: 'bbbbbb' })
    expect(hub.receive(2, stateMessage('cccccc', 3, 0))).toEqual({ reply: null, deliverTo: [1] })
  })

  it('never holds a slide beyond the presentation it names', () => {
    const hub = new PresentationHub()
    hub.receive(1, stateMessage('aaaaaa', 1, 2))
    const beyond = {
      ...stateMessage('zzzzzz', 9, 0),
      state: { ...stateMessage('z', 9, 0).state, slide: SLIDES },
    }
    expect(hub.receive(2, beyond)).toEqual({
      reply: expect.objectContaining({ version: 1 }),
      deliverTo: [],
    })
    expect(hub.state(KEY)?.state.slide).toBe(2)
  })

  it('keeps presentations apart', () => {
    const hub = new PresentationHub()
    hub.receive(1, stateMessage('aaaaaa', 1, 2))
    const other: StateMessage = { ...stateMessage('bbbbbb', 5, 1), presentation: 'deck:other' }
    expect(hub.receive(2, other)).toEqual({ reply: null, deliverTo: [] })
    expect(hub.state(KEY)?.state.slide).toBe(2)
  })

  it('forgets a presentation once no view shows it, so presenting again starts afresh', () => {
    const hub = new PresentationHub()
    hub.receive(1, stateMessage('aaaaaa', 4, 3))
    hub.receive(2, { type: 'hello', presentation: KEY, from: 'bbbbbb' })
    hub.leave(1, KEY)
    expect(hub.state(KEY)?.version).toBe(4)
    hub.drop(2)
    expect(hub.state(KEY)).toBeNull()
    expect(hub.receive(3, { type: 'hello', presentation: KEY, from: 'cccccc' }).reply).toBeNull()
  })

  it('brings any number of views to the one state, whatever order their changes cross in', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), view: fc.nat(2), slide: fc.nat(SLIDES - 1) }),
      fc.record({ kind: fc.constant('deliver' as const), view: fc.nat(2) }),
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const hub = new PresentationHub()
        const ids = ['aaaaaa', 'mmmmmm', 'zzzzzz']
        const views: Replica[] = ids.map((id) =>
          createReplica(id, KEY, SLIDES, initialPresentationState(SLIDES)),
        )
        // Main's pushes reach each window in order, but windows read them at their own pace.
        const inbox: PresentMessage[][] = [[], [], []]
        const send = (v: number, message: PresentMessage): void => {
          const { reply, deliverTo } = hub.receive(v, message)
          if (reply) views[v] = receive(views[v]!, reply).replica
          for (const to of deliverTo) inbox[to]!.push(message)
        }
        ids.forEach((id, v) => send(v, { type: 'hello', presentation: KEY, from: id }))
        for (const o of ops) {
          if (o.kind === 'deliver') {
            const message = inbox[o.view]!.shift()
            if (message) views[o.view] = receive(views[o.view]!, message).replica
            continue
          }
          const [next, message] = commit(views[o.view]!, {
            ...views[o.view]!.state,
            slide: o.slide,
          })
          views[o.view] = next
          send(o.view, message)
        }
        inbox.forEach((queue, v) => {
          for (const message of queue.splice(0)) views[v] = receive(views[v]!, message).replica
        })
        const held = hub.state(KEY)
        for (const view of views) {
          if (!held) expect(view.version).toBe(0)
          else {
            expect(view.version).toBe(held.version)
            expect(view.author).toBe(held.from)
            expect(view.state).toEqual(held.state)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
