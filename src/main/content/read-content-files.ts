import { open, readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { SourceFile } from '../../shared/content/compile-content'
import { MAX_CONTENT_FILE_BYTES } from '../../shared/content/parse/source-limits'

/**
 * The file as text; past twice the content size limit only its start is read (enough for the
 * check to refuse it and name the line), so a huge file cannot exhaust memory.
 */
async function readText(path: string): Promise<string> {
  const cap = 2 * MAX_CONTENT_FILE_BYTES
  if ((await stat(path)).size <= cap) return readFile(path, 'utf8')
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(cap)
    const { bytesRead } = await handle.read(buffer, 0, cap, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** Every `.md` and `.yaml` file under `root`, with paths relative to it, in a stable order. */
export async function readContentFiles(root: string): Promise<SourceFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  const paths = entries
    .filter((entry) => entry.isFile() && /\.(md|yaml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  return Promise.all(
    paths.map(async (path) => ({
      path: relative(root, path).split(sep).join('/'),
      text: await readText(path),
    })),
  )
}
