import { join } from 'node:path'
import { suggestedFileName } from '../../../shared/ipc/handouts'
import { isFolderWide, writeErrorMessage } from '../errors'

export interface MadeHandout {
  topic: string
  bytes: Uint8Array
  pages: number
}

export type WriteOutcome =
  | { topic: string; path: string; written: true; pages: number; bytes: number }
  | { topic: string; path: string; written: false; reason: string }

/**
 * Writes each handout into `outDir`, one at a time, and reports what happened to every one.
 * A failure of one file (a folder in the way) does not stop the others; a failure of the folder
 * or disk (full, read-only, gone) does, since every later write would fail the same way, and
 * those handouts are reported as not written for the same reason.
 */
export async function writeHandouts(
  made: readonly MadeHandout[],
  outDir: string,
  write: (path: string, data: Uint8Array) => Promise<void>,
  onWritten: (outcome: WriteOutcome) => void = () => undefined,
): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = []
  let stopped: string | undefined
  for (const handout of made) {
    const path = join(outDir, suggestedFileName(handout.topic))
    if (stopped) {
      outcomes.push({ topic: handout.topic, path, written: false, reason: stopped })
      continue
    }
    try {
      await write(path, handout.bytes)
      const outcome: WriteOutcome = {
        topic: handout.topic,
        path,
        written: true,
        pages: handout.pages,
        bytes: handout.bytes.length,
      }
      outcomes.push(outcome)
      onWritten(outcome)
    } catch (error) {
      const reason = writeErrorMessage(error, 'cli')
      outcomes.push({ topic: handout.topic, path, written: false, reason })
      if (isFolderWide(error)) stopped = reason
    }
  }
  return outcomes
}

const kb = (bytes: number): string => `${Math.round(bytes / 1024)} KB`

/** One line per written file, as it is written. */
export function writtenLine(outcome: Extract<WriteOutcome, { written: true }>): string {
  return `wrote ${outcome.path} (${outcome.pages} pages, ${kb(outcome.bytes)})`
}

/**
 * The last word of a run: how many were written and where, and for a partial run, which were
 * not and why (each reason once, with the topics it applies to).
 */
export function summary(
  outcomes: readonly WriteOutcome[],
  outDir: string,
  seconds: number,
): { text: string; ok: boolean } {
  const written = outcomes.filter((o) => o.written)
  const bytes = written.reduce((sum, o) => sum + o.bytes, 0)
  const plural = (n: number) => `${n} handout${n === 1 ? '' : 's'}`
  const time = `in ${seconds.toFixed(2)} s`
  if (written.length === outcomes.length)
    return {
      text: `${plural(written.length)} written to ${outDir} (${kb(bytes)}) ${time}.`,
      ok: true,
    }
  const reasons = new Map<string, string[]>()
  for (const o of outcomes)
    if (!o.written) reasons.set(o.reason, [...(reasons.get(o.reason) ?? []), o.topic])
  const lines = [...reasons].map(([reason, topics]) => `  ${topics.join(', ')}: ${reason}`)
  return {
    text: `${written.length} of ${plural(outcomes.length)} written to ${outDir} ${time}. Not written:\n${lines.join('\n')}`,
    ok: false,
  }
}
