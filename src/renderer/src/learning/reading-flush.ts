/**
 * The reading trackers running now (one per open module page), so that code elsewhere can have
 * them report what they have counted before it asks main for figures. The learning page asks
 * for its figures as navigation to it starts, before the module page it leaves has closed (and
 * reported as it closes); main answers after every change sent before the question.
 */
const trackers = new Set<() => void>()

/** Registers a tracker's report; returns what unregisters it. */
export function onReadingFlush(flush: () => void): () => void {
  trackers.add(flush)
  return () => trackers.delete(flush)
}

/** Has every running tracker report now. */
export function flushReading(): void {
  for (const flush of trackers) flush()
}
