import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Small statistics for the benchmark: the figures are medians and percentiles of samples. */

/** The q-quantile by nearest rank (q = 0.95 is the value 95% of samples do not exceed). */
export function percentile(samples: number[], q: number): number {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

export function median(samples: number[]): number {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Runs `task` and returns its result and how long it took in milliseconds. */
export async function timed<T>(task: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now()
  const result = await task()
  return [result, performance.now() - start]
}

/**
 * A full garbage collection of this process, so a figure taken next does not include the
 * collection that the work before it left pending (at 500 topics, building the search index
 * left one of ~300 ms, which fell into the first index load it timed). `--expose-gc` is set at
 * run time and `gc` fetched from a fresh context, so the bench needs no Node flag.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}
