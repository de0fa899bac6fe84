import { onBeforeUnmount, watch, type Ref } from 'vue'
import {
  drain,
  INITIAL_TRACKER,
  isEmptyDelta,
  step,
  type TrackerDelta,
  type TrackerEvent,
  type TrackerState,
} from '@shared/learning/tracker'
import { onReadingFlush } from './reading-flush'

/** How often the clock is accounted, and how often what was counted is sent to main. */
export const TICK_MS = 5_000
export const REPORT_MS = 30_000

/** Input that shows the reader is there. Pointer moves count: reading often follows the mouse. */
const INPUT_EVENTS = [
  'keydown',
  'pointerdown',
  'pointermove',
  'wheel',
  'touchstart',
  'scroll',
] as const

/**
 * Feeds the pure tracker from the window: focus, visibility, input, the section on screen and
 * a clock tick. An input only stores its time (a key press or a scroll costs two assignments);
 * inputs reach the tracker at the next tick or state change, first and last of each burst,
 * which is all the idle rule needs. Reports go to `report` every 30 seconds, and at once when
 * the window is hidden or loses focus, or the module is left.
 */
export function useReadingTracker(options: {
  /** The module being read, or null while none is (or recording is off). */
  moduleId: Ref<string | null>
  section: Ref<string>
  report: (moduleId: string, delta: TrackerDelta) => void
  now?: () => number
}): { flush: () => void } {
  const now = options.now ?? (() => performance.now())
  let state: TrackerState = INITIAL_TRACKER
  let moduleId: string | null = null
  let firstInput: number | null = null
  let lastInput: number | null = null
  let tick: ReturnType<typeof setInterval> | null = null
  let unregister: (() => void) | null = null
  let lastReport = 0

  const onInput = (): void => {
    const at = now()
    if (firstInput === null) firstInput = at
    lastInput = at
  }

  /** Inputs since the last event, then `event`: the tracker sees them in time order. */
  function feed(event: TrackerEvent): void {
    if (firstInput !== null) {
      state = step(state, { type: 'input', at: firstInput })
      if (lastInput !== null && lastInput > firstInput)
        state = step(state, { type: 'input', at: lastInput })
    }
    firstInput = null
    lastInput = null
    state = step(state, event)
  }

  function flush(): void {
    if (!moduleId) return
    feed({ type: 'tick', at: now() })
    const drained = drain(state)
    state = drained.state
    lastReport = now()
    if (!isEmptyDelta(drained.delta)) options.report(moduleId, drained.delta)
  }

  const onFocus = (): void => feed({ type: 'focus', at: now() })
  const onBlur = (): void => {
    feed({ type: 'blur', at: now() })
    flush()
  }
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible') feed({ type: 'visible', at: now() })
    else {
      feed({ type: 'hidden', at: now() })
      flush()
    }
  }
  // A closing window still gets its last seconds reported.
  const onPageHide = (): void => flush()

  function start(id: string): void {
    moduleId = id
    state = step(INITIAL_TRACKER, {
      type: 'start',
      at: now(),
      section: options.section.value || null,
      focused: document.hasFocus(),
      visible: document.visibilityState === 'visible',
    })
    lastReport = now()
    for (const name of INPUT_EVENTS)
      window.addEventListener(name, onInput, { passive: true, capture: true })
    window.addEventListener('focus', onFocus)
    window.addEventListener('blur', onBlur)
    window.addEventListener('pagehide', onPageHide)
    document.addEventListener('visibilitychange', onVisibility)
    unregister = onReadingFlush(flush)
    tick = setInterval(() => {
      feed({ type: 'tick', at: now() })
      if (now() - lastReport >= REPORT_MS) flush()
    }, TICK_MS)
  }

  function stop(): void {
    if (!moduleId) return
    flush()
    moduleId = null
    for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true })
    window.removeEventListener('focus', onFocus)
    window.removeEventListener('blur', onBlur)
    window.removeEventListener('pagehide', onPageHide)
    document.removeEventListener('visibilitychange', onVisibility)
    unregister?.()
    unregister = null
    if (tick) clearInterval(tick)
    tick = null
  }

  watch(
    options.moduleId,
    (id) => {
      stop()
      if (id) start(id)
    },
    { immediate: true },
  )
  watch(options.section, (section) => {
    if (moduleId && section) feed({ type: 'section', at: now(), section })
  })
  onBeforeUnmount(stop)

  return { flush }
}
