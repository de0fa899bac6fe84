import { mkdir, readFile, rename } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { z } from 'zod'
import type { Loaded } from '../../shared/present/storage'
import { readStored } from '../../shared/present/storage'
import {
  EMPTY_SESSIONS,
  sessionsFileSchema,
  type SessionsFile,
} from '../../shared/present/sessions'
import { EMPTY_TIMINGS, timingsFileSchema, type TimingsFile } from '../../shared/present/timings'
import { writeFileAtomic } from '../services/atomic-write'

/** A save that did not happen; `message` says why and what to do, in plain words. */
export class PresentSaveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PresentSaveError'
  }
}

type Write = (path: string, data: string) => Promise<void>

/**
 * One JSON file of presenting data under the user-data folder, validated whenever it is read.
 * A file that cannot be read as valid data is renamed aside (never deleted or overwritten) and
 * the presenter is told where; a file that exists but cannot be opened at all blocks saving
 * until it can, so a save never replaces data that was there. Saves queue one behind another.
 */
class JsonFile<T> {
  private queue: Promise<unknown> = Promise.resolve()
  /** Set while the file exists but could not be opened: saving would replace it unseen. */
  private blocked = false

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly empty: T,
    private readonly what: string,
    private readonly write: Write,
    private readonly now: () => Date,
  ) {}

  load(): Promise<Loaded<T>> {
    return this.serial(async () => {
      let raw: string | null
      try {
        raw = await readFile(this.path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          this.blocked = false
          return { ok: true, value: this.empty }
        }
        this.blocked = true
        return {
          ok: false,
          value: this.empty,
          problem: `Your saved ${this.what} could not be opened (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Nothing will be saved over them; check the file ${this.path}, then restart the app.`,
          backup: null,
        }
      }
      this.blocked = false
      const result = readStored(raw, this.schema, this.empty, this.what)
      if (result.ok) return result
      const stamp = this.now().toISOString().replace(/[:.]/g, '-')
      const ext = extname(this.path)
      const backup = join(
        dirname(this.path),
        `${basename(this.path, ext)}.unreadable-${stamp}${ext}`,
      )
      try {
        await rename(this.path, backup)
        return { ...result, backup }
      } catch {
        // It could not be moved aside, so it must not be saved over either.
        this.blocked = true
        return {
          ...result,
          problem: `${result.problem} It could not be moved aside, so nothing will be saved over it: check ${this.path}.`,
          backup: null,
        }
      }
    })
  }

  save(value: T): Promise<void> {
    return this.serial(async () => {
      if (this.blocked)
        throw new PresentSaveError(
          `Your ${this.what} were not saved: the saved file could not be opened, and saving would replace it. Check ${this.path}, then restart the app.`,
        )
      // Never write what could not be read back.
      const valid = this.schema.parse(value)
      try {
        await mkdir(dirname(this.path), { recursive: true })
        await this.write(this.path, `${JSON.stringify(valid, null, 2)}\n`)
      } catch (error) {
        throw new PresentSaveError(
          `Your ${this.what} were not saved. ${whyNotWritten(error, this.path)}`,
        )
      }
    })
  }

  private serial<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }
}

/** Why a file in the user-data folder could not be written, and what to do, by system error. */
function whyNotWritten(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOSPC':
      return 'The disk is full: free some space, then save again. What was saved before is unchanged.'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `The app may not write to its data folder (${dirname(path)}): check its permissions, then save again. What was saved before is unchanged.`
    default:
      return `The file could not be written${code ? ` (${code})` : ''}. Try again; what was saved before is unchanged.`
  }
}

/**
 * Where the desktop app keeps teaching sessions and rehearsal timings: two files in a
 * `presenting` folder of the user-data folder, apart from the settings file, written atomically.
 */
export class PresentFileStore {
  readonly sessions: JsonFile<SessionsFile>
  readonly timings: JsonFile<TimingsFile>

  constructor(folder: string, write: Write = writeFileAtomic, now: () => Date = () => new Date()) {
    this.sessions = new JsonFile(
      join(folder, 'sessions.json'),
      sessionsFileSchema,
      EMPTY_SESSIONS,
      'sessions',
      write,
      now,
    )
    this.timings = new JsonFile(
      join(folder, 'timings.json'),
      timingsFileSchema,
      EMPTY_TIMINGS,
      'timings',
      write,
      now,
    )
  }
}
