/**
 * Runs `work` once the page is idle (or after `timeout` ms at the latest): for code and data
 * a reader will probably want next, fetched without delaying what they see now.
 */
export function whenIdle(work: () => void, timeout = 3000): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout })
  else setTimeout(work, Math.min(timeout, 500))
}
