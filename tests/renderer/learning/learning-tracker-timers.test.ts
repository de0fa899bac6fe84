import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { REPORT_MS, useReadingTracker } from '../../../src/renderer/src/learning/useReadingTracker'
import type { TrackerDelta } from '../../../src/shared/learning/tracker'
import { flushReading } from '../../../src/renderer/src/learning/reading-flush'

/** The tracker as a module page uses it, driven by fake timers and real DOM events. */
function mountTracker() {
  const reports: TrackerDelta[] = []
  const moduleId = ref<string | null>('cramps-after-orgasm')
  const section = ref('physiology')
  const Host = defineComponent({
    setup() {
      useReadingTracker({ moduleId, section, report: (_id, delta) => reports.push(delta) })
      return () => h('div')
    },
  })
  const wrapper = mount(Host, { attachTo: document.body })
  const seconds = () =>
    reports.reduce((sum, r) => sum + Object.values(r.sections).reduce((s, v) => s + v, 0), 0)
  return { wrapper, reports, seconds, moduleId, section }
}

const key = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }))
/** Reading with a key press every `every` ms for `total` ms. */
function readFor(total: number, every = 10_000): void {
  for (let t = 0; t < total; t += every) {
    key()
    vi.advanceTimersByTime(every)
  }
}

let visibility: DocumentVisibilityState = 'visible'
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'],
  })
  visibility = 'visible'
  vi.spyOn(document, 'hasFocus').mockReturnValue(true)
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('reading tracker in a module page (fake timers)', () => {
  it('reports what it has counted when asked (the learning page opening), and not once closed', () => {
    const t = mountTracker()
    readFor(20_000)
    expect(t.reports).toHaveLength(0)
    flushReading()
    expect(t.reports).toHaveLength(1)
    expect(t.seconds()).toBe(20)
    t.wrapper.unmount()
    const closed = t.reports.length
    readFor(20_000)
    flushReading()
    expect(t.reports).toHaveLength(closed)
  })

  it('reports active reading every 30 seconds', () => {
    const t = mountTracker()
    readFor(90_000)
    expect(t.reports.length).toBeGreaterThanOrEqual(2)
    expect(t.seconds()).toBeGreaterThanOrEqual(85)
    expect(t.seconds()).toBeLessThanOrEqual(90)
    expect(t.reports[0]!.reached).toEqual(['physiology'])
    t.wrapper.unmount()
  })

  it('idle time never counts: after two minutes without input the clock stops', () => {
    const t = mountTracker()
    key()
    vi.advanceTimersByTime(10 * 60_000)
    t.wrapper.unmount()
    expect(t.seconds()).toBe(120)
  })

  it('a hidden window reports at once and stops the clock until it is visible', () => {
    const t = mountTracker()
    readFor(20_000)
    visibility = 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
    expect(t.seconds()).toBe(20)
    readFor(60_000)
    visibility = 'visible'
    document.dispatchEvent(new Event('visibilitychange'))
    readFor(10_000)
    t.wrapper.unmount()
    expect(t.seconds()).toBe(30)
  })

  it('losing focus reports at once and stops the clock; coming back resumes it', () => {
    const t = mountTracker()
    readFor(15_000, 5_000)
    window.dispatchEvent(new Event('blur'))
    expect(t.seconds()).toBe(15)
    vi.advanceTimersByTime(5 * 60_000)
    window.dispatchEvent(new Event('focus'))
    readFor(10_000, 5_000)
    t.wrapper.unmount()
    expect(t.seconds()).toBe(25)
  })

  it('credits each section, reports when the module is left, and stops when recording stops', async () => {
    const t = mountTracker()
    readFor(20_000)
    t.section.value = 'red-flags'
    await nextTick()
    readFor(REPORT_MS)
    t.moduleId.value = null
    await nextTick()
    const reported = t.seconds()
    vi.advanceTimersByTime(60_000)
    key()
    vi.advanceTimersByTime(60_000)
    expect(t.seconds()).toBe(reported)
    const bySection: Record<string, number> = {}
    for (const r of t.reports)
      for (const [s, v] of Object.entries(r.sections)) bySection[s] = (bySection[s] ?? 0) + v
    expect(bySection).toEqual({ physiology: 20, 'red-flags': 30 })
    t.wrapper.unmount()
  })
})
