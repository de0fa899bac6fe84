import { createHash } from 'node:crypto'
import { compileContent, type CompileResult } from '../src/shared/content/compile-content'
import { readContentFiles } from '../src/main/content/read-content-files'
import { todayIso } from '../src/shared/dates'
import { measureReadability } from './readability'
import { folderLabel } from './content-root'

export interface CompiledFolder {
  files: Awaited<ReturnType<typeof readContentFiles>>
  result: CompileResult
}

/** The last compile, by a hash of what it compiled (files, day, label). */
let last: { key: string; compiled: CompiledFolder } | undefined

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
 * file (dev server) is always compiled afresh. The result is shared: callers must not change it.
 */
export async function compiledContent(
  root: string,
  label = folderLabel(root),
): Promise<CompiledFolder> {
  const files = await readContentFiles(root)
  const today = todayIso()
  const key = keyOf(files, today, label)
  if (last?.key === key) return last.compiled
  const result = compileContent(files, { today, readability: measureReadability }, label)
  last = { key, compiled: { files, result } }
  return last.compiled
}

/** Drops the kept compile, so the next call compiles as a fresh build would (benchmarks). */
export function forgetCompiledContent(): void {
  last = undefined
}
