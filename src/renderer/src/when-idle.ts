/**
 * Runs `work` once the page is idle (or after `timeout` ms at the latest): for code and data
 * a reader will probably want next, fetched without delaying what they see now.
 */
export function whenIdle(work: () => void, timeout = 3000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout })
  else setTimeout(work, Math.min(timeout, 500))
}

/**
 * Runs `work` as the first task after the next frame has been painted (a task queued from an
 * animation frame runs after that frame): for what the next click needs, which cannot wait
 * until a busy start-up is over, but must not hold back the page being shown. Returns what
 * cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => (timer = setTimeout(work)))
  /** Cancels it if it has not run yet (a page closed before its first frame). */
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
