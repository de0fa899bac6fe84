import { abandonWrites } from '../../services/atomic-write'

/**
 * Ctrl-C (or SIGTERM) during a batch: remove the temp file of the write in progress and exit at
 * once, so no further write starts. A rename either happened (the file is whole) or did not
 * (the old file stands), so nothing is ever half-written. Returns a function that removes the
 * handlers, for when the batch ends normally.
 */
export function stopCleanlyOnSignal(
  progress: () => { written: number; total: number },
  io: {
    error: (line: string) => void
    exit: (code: number) => void
    on?: (signal: NodeJS.Signals, handler: () => void) => void
    off?: (signal: NodeJS.Signals, handler: () => void) => void
  },
): () => void {
  const on = io.on ?? ((signal, handler) => process.once(signal, handler))
  const off = io.off ?? ((signal, handler) => process.off(signal, handler))
  const handlers = new Map<NodeJS.Signals, () => void>()
  for (const [signal, name] of [
    ['SIGINT', 'Ctrl-C'],
    ['SIGTERM', 'SIGTERM'],
  ] as const) {
    const handler = () => {
      void abandonWrites().finally(() => {
        const { written, total } = progress()
        io.error(
          `handouts: stopped (${name}). ${written} of ${total} handouts written; no file was left half-written.`,
        )
        io.exit(130)
      })
    }
    handlers.set(signal, handler)
    on(signal, handler)
  }
  return () => handlers.forEach((handler, signal) => off(signal, handler))
}
