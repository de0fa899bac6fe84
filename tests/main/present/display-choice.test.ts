import { describe, expect, it } from 'vitest'
import {
  audienceDisplay,
  centredIn,
  consoleDisplayBeside,
  describeDisplays,
  displayOf,
} from '../../../src/main/present/display-choice'
import { LAPTOP, MONITOR, PROJECTOR } from './screen-fakes'

describe('choosing the display for the audience view', () => {
  it('defaults to the external screen, whichever screen the console is on', () => {
    expect(audienceDisplay([LAPTOP, PROJECTOR], LAPTOP.id, null)).toBe(PROJECTOR.id)
    expect(audienceDisplay([PROJECTOR, LAPTOP], LAPTOP.id, null)).toBe(PROJECTOR.id)
  })

  it('with the console on the projector, defaults to the other screen', () => {
    expect(audienceDisplay([LAPTOP, PROJECTOR], PROJECTOR.id, null)).toBe(LAPTOP.id)
  })

  it('with two external screens, takes the one the console is not on', () => {
    expect(audienceDisplay([MONITOR, PROJECTOR], MONITOR.id, null)).toBe(PROJECTOR.id)
    expect(audienceDisplay([LAPTOP, MONITOR, PROJECTOR], LAPTOP.id, null)).toBe(MONITOR.id)
  })

  it("keeps the presenter's choice while that screen is attached, and falls back when it is not", () => {
    expect(audienceDisplay([LAPTOP, MONITOR, PROJECTOR], LAPTOP.id, PROJECTOR.id)).toBe(
      PROJECTOR.id,
    )
    expect(audienceDisplay([LAPTOP, MONITOR], LAPTOP.id, PROJECTOR.id)).toBe(MONITOR.id)
  })

  it('has nowhere to put it with one screen (the console offers one-screen modes instead)', () => {
    expect(audienceDisplay([LAPTOP], LAPTOP.id, null)).toBeNull()
    expect(audienceDisplay([], null, null)).toBeNull()
  })

  it('moves the console to the built-in screen when the audience takes its display', () => {
    expect(consoleDisplayBeside([PROJECTOR, MONITOR, LAPTOP], PROJECTOR.id)).toBe(LAPTOP.id)
    expect(consoleDisplayBeside([PROJECTOR, MONITOR], PROJECTOR.id)).toBe(MONITOR.id)
    expect(consoleDisplayBeside([PROJECTOR], PROJECTOR.id)).toBeNull()
  })
})

describe('naming and finding displays', () => {
  it('names the built-in screen, uses the system name of others, and tells twins apart', () => {
    const twin = { ...MONITOR, id: 4, bounds: { ...MONITOR.bounds, x: 1920 } }
    expect(describeDisplays([LAPTOP, MONITOR, twin, { ...PROJECTOR, label: '' }], 1)).toEqual([
      { id: 1, label: 'Built-in screen', width: 1366, height: 768, primary: true, internal: true },
      {
        id: 3,
        label: 'DELL U2415 (2)',
        width: 1920,
        height: 1200,
        primary: false,
        internal: false,
      },
      {
        id: 4,
        label: 'DELL U2415 (3)',
        width: 1920,
        height: 1200,
        primary: false,
        internal: false,
      },
      { id: 2, label: 'Screen 4', width: 1920, height: 1080, primary: false, internal: false },
    ])
  })

  it('finds the display that holds most of a window', () => {
    expect(displayOf([LAPTOP, PROJECTOR], { x: 1000, y: 0, width: 800, height: 600 })).toBe(
      PROJECTOR,
    )
    expect(displayOf([LAPTOP, PROJECTOR], { x: 100, y: 100, width: 800, height: 600 })).toBe(LAPTOP)
    // Off every screen: the first one, where the system would bring it back.
    expect(displayOf([LAPTOP, PROJECTOR], { x: -5000, y: 0, width: 10, height: 10 })).toBe(LAPTOP)
  })

  it('centres a window in a work area, shrinking it to fit', () => {
    expect(centredIn(PROJECTOR.workArea, { width: 1280, height: 860 })).toEqual({
      x: 1366 + 320,
      y: 110,
      width: 1280,
      height: 860,
    })
    expect(centredIn(LAPTOP.workArea, { width: 1920, height: 1200 })).toEqual(LAPTOP.workArea)
  })
})
