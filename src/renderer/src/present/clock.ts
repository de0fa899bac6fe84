/** Where presenting reads the time: injected, so tests (and the benchmark) can fake it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }
