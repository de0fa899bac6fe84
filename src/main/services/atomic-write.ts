import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Temp files this writer makes beside a target: `.<name>.<12 hex>.tmp`. */
const tempPattern = (name: string): RegExp =>
  new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[0-9a-f]{12}\\.tmp$`)

/** Temp files being written right now, so an interrupted process can remove them on its way out. */
const inFlight = new Set<string>()

/**
 * Removes temp files a write that was killed (power cut, SIGKILL) left beside `target`. Only
 * names this writer makes for this target are touched, never this process's own writes in
 * progress. A temp file lives for the milliseconds of one write, so anything else matching is
 * left over; were another process writing the very same file at this instant, its rename would
 * fail and it would report that, with nothing lost.
 */
export async function sweepStaleTemps(target: string, olderThanMs = 0): Promise<string[]> {
  const folder = dirname(target)
  const pattern = tempPattern(basename(target))
  const names = await readdir(folder).catch(() => [] as string[])
  const removed: string[] = []
  for (const name of names.filter((n) => pattern.test(n))) {
    const path = join(folder, name)
    if (inFlight.has(path)) continue
    const info = await stat(path).catch(() => null)
    if (info && Date.now() - info.mtimeMs >= olderThanMs) {
      await rm(path, { force: true }).catch(() => undefined)
      removed.push(path)
    }
  }
  return removed
}

/** Removes the temp files of writes still in progress: for a signal handler, before exiting. */
export async function abandonWrites(): Promise<void> {
  await Promise.all([...inFlight].map((path) => rm(path, { force: true }).catch(() => undefined)))
  inFlight.clear()
}

/**
 * Writes `data` to `target` so that readers see either the old file or the complete new one:
 * stale temp files from an earlier killed write are swept, a temp file in the same folder
 * (same file system, so rename is atomic) is written and flushed, renamed over the target, and
 * the folder itself is flushed so the rename survives a power cut. A file being replaced keeps
 * its permissions. On any failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await sweepStaleTemps(target)
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = await stat(target)
    .then((info) => (info.isFile() ? info.mode & 0o777 : 0o644))
    .catch(() => 0o644)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  inFlight.add(temp)
  try {
    handle = await open(temp, 'wx', mode)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, target)
    inFlight.delete(temp)
    await syncFolder(dirname(target))
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  } finally {
    inFlight.delete(temp)
  }
}

/** Flushes a folder's entries to disk. Some systems (Windows) cannot open a folder; that is not an error. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined)
  if (!handle) return
  try {
    await handle.sync()
  } catch {
    // A folder that cannot be flushed (some file systems) still has the renamed file.
  } finally {
    await handle.close().catch(() => undefined)
  }
}
