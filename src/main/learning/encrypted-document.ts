import { copyFile, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomic } from '../services/atomic-write'
import type { RecordCipher } from './cipher'
import { LearningError, recordWriteError } from './errors'

/**
 * One JSON document in the user-data folder, encrypted when the system allows, written
 * atomically, validated on load, with daily backups. A file that cannot be used is never
 * deleted and never silently overwritten: it is moved aside (or, if it is from a newer
 * version of the app, left in place and the document made read-only), and the caller is told.
 */

/** Marks an encrypted file; a plain file is JSON and starts with "{". */
export const ENCRYPTED_MAGIC = Buffer.from('PALR-ENC1\n', 'latin1')

export type LoadProblem =
  /** Not JSON, or JSON that is not a valid document: moved aside, backup used if any. */
  | 'corrupt'
  /** Encrypted with a key this computer no longer gives: moved aside, backup used if any. */
  | 'locked'
  /** Written by a newer version of the app: left untouched; read-only until the app is updated. */
  | 'newer-version'
  /** The file exists but could not be read (permissions): left untouched; read-only. */
  | 'unreadable'

export interface Loaded<T> {
  value: T
  problem: LoadProblem | null
  /** Where an unusable file was moved, so the clinician can find it. */
  keptAs: string | null
  /** The backup the value came from (its day), when the file itself was unusable. */
  restoredFrom: string | null
  /** False when saving would overwrite something the app could not read. */
  writable: boolean
  /** The file was in an older format and has been upgraded in memory. */
  migrated: boolean
}

export type ParseOutcome<T> =
  { ok: true; value: T; migrated?: boolean } | { ok: false; newer: boolean; detail: string }

export interface DocumentOptions<T> {
  path: string
  cipher: RecordCipher
  parse(raw: unknown): ParseOutcome<T>
  empty(): T
  /** For fault tests: the atomic writer. */
  write?: (path: string, data: Uint8Array | string) => Promise<void>
  /** Daily copies of the file before it is first changed that day. */
  backups?: { folder: string; keep: number; today: () => string }
  /** For names of files moved aside. */
  now?: () => Date
}

type Read<T> =
  { ok: true; value: T; migrated: boolean } | { ok: false; problem: LoadProblem; detail: string }

export class EncryptedDocument<T> {
  private writable = true
  private backedUpOn: string | null = null

  constructor(private readonly options: DocumentOptions<T>) {}

  get path(): string {
    return this.options.path
  }

  /** Decodes file bytes: decrypts, parses JSON, validates and migrates. */
  private decode(bytes: Buffer): Read<T> {
    let text: string
    if (bytes.subarray(0, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC)) {
      if (this.options.cipher.encryption === 'none')
        return { ok: false, problem: 'locked', detail: 'no encryption is available now' }
      try {
        text = this.options.cipher.decrypt(bytes.subarray(ENCRYPTED_MAGIC.length))
      } catch (error) {
        return { ok: false, problem: 'locked', detail: (error as Error).message }
      }
    } else {
      text = bytes.toString('utf8')
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (error) {
      return { ok: false, problem: 'corrupt', detail: (error as Error).message }
    }
    const parsed = this.options.parse(raw)
    if (parsed.ok) return { ok: true, value: parsed.value, migrated: parsed.migrated === true }
    return { ok: false, problem: parsed.newer ? 'newer-version' : 'corrupt', detail: parsed.detail }
  }

  async load(): Promise<Loaded<T>> {
    const clean = (value: T, migrated = false): Loaded<T> => ({
      value,
      problem: null,
      keptAs: null,
      restoredFrom: null,
      writable: true,
      migrated,
    })
    let bytes: Buffer
    try {
      bytes = await readFile(this.options.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.writable = true
        return clean(this.options.empty())
      }
      this.writable = false
      return { ...clean(this.options.empty()), problem: 'unreadable', writable: false }
    }
    const read = this.decode(bytes)
    if (read.ok) {
      this.writable = true
      return clean(read.value, read.migrated)
    }
    if (read.problem === 'newer-version') {
      this.writable = false
      return { ...clean(this.options.empty()), problem: read.problem, writable: false }
    }
    // Damaged or locked: keep the file aside untouched, then fall back to the newest backup.
    const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[-:]|\.\d+Z$/g, '')
    const keptAs = `${this.options.path}.${read.problem === 'locked' ? 'locked' : 'damaged'}-${stamp}`
    try {
      await rename(this.options.path, keptAs)
    } catch {
      this.writable = false
      return { ...clean(this.options.empty()), problem: read.problem, writable: false }
    }
    this.writable = true
    const backup = await this.newestUsableBackup()
    return {
      value: backup?.value ?? this.options.empty(),
      problem: read.problem,
      keptAs,
      restoredFrom: backup?.day ?? null,
      writable: true,
      migrated: false,
    }
  }

  private async backupNames(): Promise<string[]> {
    const backups = this.options.backups
    if (!backups) return []
    const prefix = `${basename(this.options.path)}.`
    const names = await readdir(backups.folder).catch(() => [] as string[])
    return names
      .filter((n) => n.startsWith(prefix) && /\.\d{4}-\d{2}-\d{2}\.bak$/.test(n))
      .sort()
      .reverse()
  }

  private async newestUsableBackup(): Promise<{ value: T; day: string } | null> {
    const folder = this.options.backups?.folder
    if (!folder) return null
    for (const name of await this.backupNames()) {
      const bytes = await readFile(join(folder, name)).catch(() => null)
      const read = bytes && this.decode(bytes)
      if (read?.ok) return { value: read.value, day: /(\d{4}-\d{2}-\d{2})\.bak$/.exec(name)![1]! }
    }
    return null
  }

  /** Copies today's file before its first change of the day, and keeps the newest few. */
  private async backUp(): Promise<void> {
    const backups = this.options.backups
    if (!backups) return
    const today = backups.today()
    if (this.backedUpOn === today) return
    const target = join(backups.folder, `${basename(this.options.path)}.${today}.bak`)
    try {
      await mkdir(backups.folder, { recursive: true })
      await copyFile(this.options.path, target)
      this.backedUpOn = today
    } catch {
      // No file yet (the next save copies the first), or no room for a copy: the save itself
      // is still atomic.
      return
    }
    for (const old of (await this.backupNames()).slice(backups.keep))
      await rm(join(backups.folder, old), { force: true }).catch(() => undefined)
  }

  /** Writes the whole document atomically; throws a LearningError saying what to do. */
  async save(value: T): Promise<void> {
    if (!this.writable)
      throw new LearningError(
        'write-failed',
        'Your learning record is read-only because the saved file could not be used safely; see the notice on the learning page.',
        'other',
      )
    const text = JSON.stringify(value)
    const data =
      this.options.cipher.encryption === 'none'
        ? text
        : Buffer.concat([ENCRYPTED_MAGIC, this.options.cipher.encrypt(text)])
    try {
      await mkdir(dirname(this.options.path), { recursive: true })
      await this.backUp()
      await (this.options.write ?? writeFileAtomic)(this.options.path, data)
    } catch (error) {
      if (error instanceof LearningError) throw error
      throw recordWriteError(error)
    }
  }

  /** Deletes the file, its backups and any copies kept aside (after the clinician confirmed). */
  async remove(): Promise<void> {
    await rm(this.options.path, { force: true })
    const folder = this.options.backups?.folder
    if (folder)
      for (const name of await this.backupNames()) await rm(join(folder, name), { force: true })
    const aside = new RegExp(
      `^${basename(this.options.path).replace(/\./g, '\\.')}\\.(?:damaged|locked)-\\d{8}T\\d{6}$`,
    )
    const here = dirname(this.options.path)
    for (const name of await readdir(here).catch(() => [] as string[]))
      if (aside.test(name)) await rm(join(here, name), { force: true })
    this.writable = true
    this.backedUpOn = null
  }
}
