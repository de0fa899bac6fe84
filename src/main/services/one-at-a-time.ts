/**
 * Wraps a task so only one runs at a time: a call made while one is still running is answered
 * at once with `whenBusy()`, never queued, so a flood of requests cannot stack dialogs.
 */
export function oneAtATime<Args extends unknown[], Result>(
  task: (...args: Args) => Promise<Result>,
  whenBusy: () => Result,
): (...args: Args) => Promise<Result> {
  let running = false
  return async (...args) => {
    if (running) return whenBusy()
    running = true
    try {
      return await task(...args)
    } finally {
      running = false
    }
  }
}
