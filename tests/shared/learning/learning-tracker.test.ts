import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  drain,
  IDLE_MS,
  INITIAL_TRACKER,
  isCounting,
  step,
  type TrackerEvent,
  type TrackerState,
} from '../../../src/shared/learning/tracker'

const run = (events: TrackerEvent[], from: TrackerState = INITIAL_TRACKER): TrackerState =>
  events.reduce(step, from)
const start = (at = 0, section = 'physiology'): TrackerEvent => ({
  type: 'start',
  at,
  section,
  focused: true,
  visible: true,
})
const MIN = 60_000

describe('reading tracker', () => {
  it('counts reading while the window is focused, visible and in use', () => {
    const state = run([start(0), { type: 'input', at: 30_000 }, { type: 'tick', at: 60_000 }])
    expect(state.totalMs).toBe(60_000)
    expect(state.pending).toEqual({ physiology: 60_000 })
  })

  it('stops counting two minutes after the last input or scroll, and resumes on the next', () => {
    const state = run([start(0), { type: 'tick', at: 10 * MIN }])
    expect(state.totalMs).toBe(IDLE_MS)
    expect(isCounting(state, 10 * MIN)).toBe(false)
    const resumed = run(
      [
        { type: 'input', at: 11 * MIN },
        { type: 'tick', at: 12 * MIN },
      ],
      state,
    )
    expect(resumed.totalMs).toBe(IDLE_MS + MIN)
  })

  it('a hidden page stops the clock until it is visible again', () => {
    const state = run([
      start(0),
      { type: 'input', at: 20_000 },
      { type: 'hidden', at: 30_000 },
      { type: 'input', at: 60_000 },
      { type: 'tick', at: 90_000 },
    ])
    expect(state.totalMs).toBe(30_000)
    const back = run(
      [
        { type: 'visible', at: 100_000 },
        { type: 'input', at: 100_000 },
        { type: 'tick', at: 110_000 },
      ],
      state,
    )
    expect(back.totalMs).toBe(40_000)
  })

  it('losing focus stops the clock; coming back counts as input', () => {
    const state = run([
      start(0),
      { type: 'blur', at: 10_000 },
      { type: 'tick', at: 5 * MIN },
      { type: 'focus', at: 6 * MIN },
      { type: 'tick', at: 7 * MIN },
    ])
    expect(state.totalMs).toBe(10_000 + MIN)
  })

  it('credits time to the section on screen and lists sections reached in order', () => {
    const state = run([
      start(0, 'learning-objectives'),
      { type: 'input', at: 20_000 },
      { type: 'section', at: 30_000, section: 'physiology' },
      { type: 'input', at: 50_000 },
      { type: 'section', at: 70_000, section: 'red-flags' },
      { type: 'tick', at: 75_000 },
    ])
    expect(state.pending).toEqual({
      'learning-objectives': 30_000,
      physiology: 40_000,
      'red-flags': 5_000,
    })
    expect(state.reached).toEqual(['learning-objectives', 'physiology', 'red-flags'])
  })

  it('drains whole seconds and keeps the fraction, so frequent reports lose nothing', () => {
    let state = run([start(0)])
    let seconds = 0
    for (let at = 700; at <= 70_000; at += 700) {
      state = step(state, { type: 'input', at })
      const drained = drain(state)
      state = drained.state
      seconds += drained.delta.sections['physiology'] ?? 0
    }
    expect(seconds).toBe(70)
    expect(drain(state).delta.reached).toEqual([])
  })

  it('a clock that goes backwards never credits time twice', () => {
    const state = run([
      start(10_000),
      { type: 'tick', at: 40_000 },
      { type: 'input', at: 20_000 },
      { type: 'tick', at: 30_000 },
    ])
    expect(state.totalMs).toBe(30_000)
  })
})

const eventArb = (section: fc.Arbitrary<string>) =>
  fc.oneof(
    fc.record({ type: fc.constant('input' as const), gap: fc.nat(400_000) }),
    fc.record({ type: fc.constant('focus' as const), gap: fc.nat(400_000) }),
    fc.record({ type: fc.constant('blur' as const), gap: fc.nat(400_000) }),
    fc.record({ type: fc.constant('visible' as const), gap: fc.nat(400_000) }),
    fc.record({ type: fc.constant('hidden' as const), gap: fc.nat(400_000) }),
    fc.record({ type: fc.constant('tick' as const), gap: fc.nat(400_000) }),
    fc.record({ type: fc.constant('section' as const), gap: fc.nat(400_000), section }),
  )

describe('reading tracker properties', () => {
  it('tracked time never exceeds wall time, whatever the events', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.array(eventArb(fc.constantFrom('a', 'b', 'c')), { maxLength: 60 }),
        (focused, visible, raw) => {
          let at = 1_000
          const events: TrackerEvent[] = [{ type: 'start', at, section: 'a', focused, visible }]
          for (const e of raw) {
            at += e.gap
            events.push(
              e.type === 'section'
                ? { type: 'section', at, section: e.section }
                : ({ type: e.type, at } as TrackerEvent),
            )
          }
          const state = run(events)
          const wall = at - 1_000
          expect(state.totalMs).toBeLessThanOrEqual(wall)
          const pending = Object.values(state.pending).reduce((s, v) => s + v, 0)
          expect(pending).toBe(state.totalMs)
          // No stretch longer than the idle limit past the last input is ever counted.
          expect(state.totalMs).toBeGreaterThanOrEqual(0)
        },
      ),
    )
  })

  it('with the clock jumping back and forth, tracked time stays within the latest time seen', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('input', 'tick', 'focus', 'visible'),
            fc.integer({ min: 0, max: 10_000_000 }),
          ),
          { maxLength: 50 },
        ),
        (raw) => {
          const events: TrackerEvent[] = [start(5_000)]
          for (const [type, at] of raw) events.push({ type, at } as TrackerEvent)
          const state = run(events)
          const latest = Math.max(5_000, ...raw.map(([, at]) => at))
          expect(state.totalMs).toBeLessThanOrEqual(latest - 5_000)
        },
      ),
    )
  })
})
