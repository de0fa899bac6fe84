// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { initialPresentationState } from '@shared/present/state'
import { navigate, type Position } from '@renderer/present/navigation'
import { reduce, currentSlideMs, type PresentAction } from '@renderer/present/presentation-state'
import { pacing } from '@renderer/present/pacing'
import { activeMs } from '@renderer/present/timer'
import { closedView, handleCommand } from '@renderer/present/view-commands'

/** Five slides: a self-check (1 reveal) third, a comparison with three rows (2 steps) fourth. */
const outline = { steps: [0, 0, 1, 2, 0] }
const MIN = 60_000
const at = (slide: number, step = 0): Position => ({ slide, step, blackout: 'none' })

describe('navigation', () => {
  it('reveals steps before moving on, and lands fully revealed when going back', () => {
    let p = at(1)
    const seen: [number, number][] = []
    for (let i = 0; i < 5; i++) {
      p = navigate(p, { type: 'next' }, outline)
      seen.push([p.slide, p.step])
    }
    expect(seen).toEqual([
      [2, 0],
      [2, 1],
      [3, 0],
      [3, 1],
      [3, 2],
    ])
    expect(navigate(at(4), { type: 'prev' }, outline)).toEqual(at(3, 2))
  })

  it('stays at the ends and clamps a jump', () => {
    expect(navigate(at(4), { type: 'next' }, outline)).toEqual(at(4))
    expect(navigate(at(0), { type: 'prev' }, outline)).toEqual(at(0))
    expect(navigate(at(0), { type: 'goto', slide: 99 }, outline)).toEqual(at(4))
    expect(navigate(at(3, 2), { type: 'first' }, outline)).toEqual(at(0))
  })

  it('toggles black and white, and the first move brings the same slide back', () => {
    const black = navigate(at(2), { type: 'blank', mode: 'black' }, outline)
    expect(black.blackout).toBe('black')
    expect(navigate(black, { type: 'blank', mode: 'white' }, outline).blackout).toBe('white')
    expect(navigate(black, { type: 'blank', mode: 'black' }, outline).blackout).toBe('none')
    expect(navigate(black, { type: 'next' }, outline)).toEqual(at(2))
  })
})

describe('timer, slide timings and pacing (faked clock)', () => {
  const budgets = [2, 2, 3, 3, 2].map((m) => m * MIN)
  const run = (steps: [number, PresentAction][]) =>
    steps.reduce((s, [now, action]) => reduce(s, action, outline, now), initialPresentationState(5))

  it('starts on the first move and leaves pauses out of every timing', () => {
    const state = run([
      [1_000, { type: 'next' }],
      [1_000 + 1 * MIN, { type: 'timer', op: 'pause' }],
      [1_000 + 6 * MIN, { type: 'timer', op: 'resume' }],
      [1_000 + 7 * MIN, { type: 'next' }],
    ])
    expect(activeMs(state.timer, 1_000 + 7 * MIN)).toBe(2 * MIN)
    expect(state.spent[1]).toBe(2 * MIN)
    expect(state.slide).toBe(2)
    expect(currentSlideMs(state, 1_000 + 8 * MIN)).toBe(MIN)
  })

  it('moves from on time to behind as the clock runs, and a pause holds it', () => {
    const start = 0
    let state = reduce(initialPresentationState(5), { type: 'timer', op: 'start' }, outline, start)
    expect(pacing(state, budgets, start + MIN).status).toBe('on-time')
    expect(pacing(state, budgets, start + 4 * MIN).status).toBe('behind')
    state = reduce(state, { type: 'timer', op: 'pause' }, outline, start + 2 * MIN)
    expect(pacing(state, budgets, start + 30 * MIN).status).toBe('on-time')
    expect(pacing(state, budgets, start + 30 * MIN).slideLeft).toBe(0)
  })

  it('reads ahead when a slide is reached well before its planned start', () => {
    const state = run([
      [0, { type: 'timer', op: 'start' }],
      [10_000, { type: 'goto', slide: 3 }],
    ])
    const p = pacing(state, budgets, 20_000)
    expect(p.status).toBe('ahead')
    expect(p.sessionLeft).toBe(12 * MIN - 20_000)
  })

  it('says not started until the timer runs', () => {
    expect(pacing(initialPresentationState(5), budgets, 5 * MIN).status).toBe('not-started')
  })

  it('records a rehearsal from the first slide and stops the timer at the end', () => {
    const state = run([
      [0, { type: 'goto', slide: 3 }],
      [MIN, { type: 'rehearse', on: true }],
      [2 * MIN, { type: 'next' }],
      [5 * MIN, { type: 'rehearse', on: false }],
    ])
    expect(state.rehearsing).toBe(false)
    expect(state.spent).toEqual([MIN, 3 * MIN, 0, 0, 0])
    expect(activeMs(state.timer, 9 * MIN)).toBe(4 * MIN)
  })

  it('resets the timer and timings but not the slide', () => {
    const state = run([
      [0, { type: 'next' }],
      [MIN, { type: 'next' }],
      [2 * MIN, { type: 'timer', op: 'reset' }],
    ])
    expect(state.slide).toBe(2)
    expect(state.timer.startedAt).toBeNull()
    expect(state.spent).toEqual([0, 0, 0, 0, 0])
  })
})

describe('view commands', () => {
  const where = { slide: 1, slides: 12, columns: 4 }

  it('jumps to a typed number on Enter, and Escape drops it', () => {
    let h = handleCommand(closedView, { kind: 'digit', digit: '1' }, where)
    h = handleCommand(h.view, { kind: 'digit', digit: '0' }, where)
    expect(handleCommand(h.view, { kind: 'enter' }, where).action).toEqual({
      type: 'goto',
      slide: 9,
    })
    expect(handleCommand(h.view, { kind: 'escape' }, where)).toEqual({
      view: closedView,
      action: null,
      effect: null,
    })
  })

  it('steers the overview by rows and columns, and goes on Enter', () => {
    let h = handleCommand(closedView, { kind: 'overview' }, where)
    expect(h.view).toEqual({ overview: true, cursor: 1, jump: '' })
    h = handleCommand(h.view, { kind: 'forward', axis: 'y' }, where)
    h = handleCommand(h.view, { kind: 'forward', axis: 'x' }, where)
    expect(h.view.cursor).toBe(6)
    expect(h.action).toBeNull()
    h = handleCommand(h.view, { kind: 'enter' }, where)
    expect(h).toEqual({
      view: { ...closedView, cursor: 6 },
      action: { type: 'goto', slide: 6 },
      effect: null,
    })
  })

  it('moves the presentation when the overview is closed', () => {
    expect(handleCommand(closedView, { kind: 'forward', axis: 'x' }, where).action).toEqual({
      type: 'next',
    })
    expect(handleCommand(closedView, { kind: 'enter' }, where).action).toEqual({ type: 'next' })
    expect(handleCommand(closedView, { kind: 'fullscreen' }, where).effect).toBe('fullscreen')
  })
})
