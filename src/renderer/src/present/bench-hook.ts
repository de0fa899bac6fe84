import { onBeforeUnmount, watch, type ShallowRef } from 'vue'
import type { PresentationState } from '@shared/present/state'

/** What `npm run bench` reads from a presenting page (window.__atlasPresent). */
export interface PresentBenchHook {
  /** Which view this page is. */
  role: 'audience' | 'console'
  /** The slide and step shown, and when it was painted (ms since the epoch, comparable across pages). */
  lastShown(): { slide: number; step: number; paintedAt: number }
  /**
   * Presses `key` `presses` times and, for each, measures from the key event to just after the
   * first frame that shows the new state has been painted. Returns the latencies in
   * milliseconds. Timing belongs to the benchmark script; tests assert nothing about it.
   */
  measureKeyToFrame(presses?: number, key?: string): Promise<number[]>
}

type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => void
const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler

/**
 * Resolves just after the next frame has been painted: a task queued from its rAF runs after
 * the paint. Posted at user-blocking priority, as the benchmark's own ruler does
 * (scripts/bench/chromium.ts): an ordinary task can wait behind the page's own timers.
 */
const painted = () =>
  new Promise<number>((done) =>
    requestAnimationFrame(() => {
      const stamp = () => done(performance.now())
      if (scheduler?.postTask) scheduler.postTask(stamp, { priority: 'user-blocking' })
      else setTimeout(stamp)
    }),
  )

/** Installs the hook for the life of a presenting view. */
export function useBenchHook(
  role: PresentBenchHook['role'],
  state: ShallowRef<PresentationState>,
): void {
  let shown = {
    slide: state.value.slide,
    step: state.value.step,
    paintedAt: performance.timeOrigin + performance.now(),
  }
  const stop = watch(state, (next) => {
    void painted().then((at) => {
      shown = { slide: next.slide, step: next.step, paintedAt: performance.timeOrigin + at }
    })
  })
  const hook: PresentBenchHook = {
    role,
    lastShown: () => shown,
    async measureKeyToFrame(presses = 200, key = 'ArrowRight') {
      const latencies: number[] = []
      for (let i = 0; i < presses; i++) {
        const start = performance.now()
        document.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        )
        latencies.push((await painted()) - start)
      }
      return latencies
    },
  }
  const host = window as unknown as { __atlasPresent?: PresentBenchHook }
  host.__atlasPresent = hook
  onBeforeUnmount(() => {
    stop()
    if (host.__atlasPresent === hook) delete host.__atlasPresent
  })
}
