import { createHash } from 'node:crypto'
import { compileContent, type CompileResult } from '../src/shared/content/compile-content'
import { readContentFiles } from '../src/main/content/read-content-files'
import { todayIso } from '../src/shared/dates'
import { measureReadability } from './readability'
import { folderLabel } from './content-root'
import { contentStamps } from './content-stamps'

export interface CompiledFolder {
  files: Awaited<ReturnType<typeof readContentFiles>>
  result: CompileResult
}

/**
 * The last compile, by a hash of what it compiled (files, day, label), and by the files' stamps
 * (sizes and times, with the day and label) when they were old enough to be trusted.
 */
let last: { key: string; stamped: string | null; compiled: CompiledFolder } | undefined

function keyOf(files: CompiledFolder['files'], today: string, label: string): string {
  const hash = createHash('sha256').update(`${today}\0${label}\0`)
  for (const file of files) hash.update(`${file.path}\0${file.text.length}\0`).update(file.text)
  return hash.digest('hex')
}

/**
 * The content folder read and compiled, readability included, with messages naming the folder
 * as `content:check` does. The build's content plugin and its search-index plugin both need
 * the compiled bundle; compiling once per build instead of once per plugin halves the build's
 * content cost. The last result is kept under a hash of the files it came from, so an edited
 * file (dev server) is always compiled afresh; while the files' sizes and times are unchanged
 * (and old enough to trust) the folder is not even read again. The result is shared: callers
 * must not change it.
 */
export async function compiledContent(
  root: string,
  label = folderLabel(root),
): Promise<CompiledFolder> {
  const today = todayIso()
  // Stamped before reading: a file changed while it is read changes the stamps next time.
  const stamps = await contentStamps(root)
  const stamped = stamps === null ? null : `${today}\0${label}\0${stamps}`
  if (stamped !== null && last?.stamped === stamped) return last.compiled
  const files = await readContentFiles(root)
  const key = keyOf(files, today, label)
  if (last?.key === key) {
    last.stamped = stamped
    return last.compiled
  }
  const result = compileContent(files, { today, readability: measureReadability }, label)
  last = { key, stamped, compiled: { files, result } }
  return last.compiled
}

/** Drops the kept compile, so the next call compiles as a fresh build would (benchmarks). */
export function forgetCompiledContent(): void {
  last = undefined
}
