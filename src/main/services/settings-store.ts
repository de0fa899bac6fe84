import { constants } from 'node:fs'
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  settingsSchema,
  type Settings,
  type SettingsInput,
} from '../../shared/settings/settings-schema'
import {
  readSettingsData,
  settingsFileText,
  type UnknownSection,
} from '../../shared/settings/read-settings'
import {
  partlyReadNotice,
  unreadableNotice,
  type LoadedSettings,
  type SettingsNotice,
} from '../../shared/settings/settings-notice'
import { writeFileAtomic } from './atomic-write'
import { SettingsSaveError, saveErrorFrom } from './settings-errors'

/** The file operations the store uses; tests swap in failing ones (ENOSPC, EACCES, EROFS). */
export interface SettingsFs {
  readFile(path: string): Promise<string>
  write(path: string, text: string): Promise<void>
  rename(from: string, to: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  exists(path: string): Promise<boolean>
  ensureFolder(path: string): Promise<void>
}

export const nodeSettingsFs: SettingsFs = {
  readFile: (path) => readFile(path, 'utf8'),
  write: writeFileAtomic,
  rename,
  // Never over an existing backup.
  copyFile: (from, to) => copyFile(from, to, constants.COPYFILE_EXCL),
  exists: (path) =>
    stat(path).then(
      () => true,
      () => false,
    ),
  ensureFolder: async (path) => {
    await mkdir(path, { recursive: true })
  },
}

/** "2026-12-05T10-31-07Z": a time stamp every file system accepts in a name. */
export function backupStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
}

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown'

/**
 * The one store of settings: a JSON file in the user-data folder, written atomically, read once
 * and validated field by field. Whatever is on disk, loading never throws and never silently
 * resets: a damaged file is kept aside as `<name>.corrupt-<date>`, what was valid is kept, the
 * rest takes its default, and a notice for the clinician is held until the window asks for it.
 */
export class SettingsStore {
  private loaded: Promise<Settings> | undefined
  private settings: Settings = structuredClone(DEFAULT_SETTINGS)
  private extras: Record<string, UnknownSection> = {}
  private notice: SettingsNotice | null = null
  /** Set when the file exists but could not be read or moved aside: saving would destroy it. */
  private blocked: SettingsSaveError | null = null
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly path: string,
    private readonly fs: SettingsFs = nodeSettingsFs,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Reads the file the first time; later calls give what is in memory. Never throws. */
  load(): Promise<Settings> {
    this.loaded ??= this.read().then(() => this.settings)
    return this.loaded
  }

  /** The settings and, the first time only, the notice about how they were loaded. */
  async get(): Promise<LoadedSettings> {
    await this.load()
    const notice = this.notice
    this.notice = null
    return { settings: structuredClone(this.settings), notice }
  }

  /** The settings in memory (defaults until loaded). */
  current(): Settings {
    return this.settings
  }

  /**
   * Validates and writes the settings, keeping sections this version does not know. Saves run
   * one after another in the order asked. Throws a `SettingsSaveError` saying what to do.
   */
  save(input: SettingsInput): Promise<Settings> {
    const run = async (): Promise<Settings> => {
      await this.load()
      if (this.blocked) throw this.blocked
      const valid = settingsSchema.parse(input)
      try {
        await this.fs.ensureFolder(dirname(this.path))
        await this.fs.write(this.path, settingsFileText(valid, this.extras, SETTINGS_VERSION))
      } catch (error) {
        throw saveErrorFrom(error, dirname(this.path))
      }
      this.settings = valid
      return structuredClone(valid)
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }

  private async read(): Promise<void> {
    let text: string
    try {
      text = await this.fs.readFile(this.path)
    } catch (error) {
      // No file (or not even its folder): nothing saved yet.
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return
      await this.setAsideUnopenable(error)
      return
    }
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      const backup = await this.keepAside('move')
      this.notice = unreadableNotice(backup)
      if (!backup) this.block()
      return
    }
    const reading = readSettingsData(data)
    this.settings = reading.settings
    this.extras = reading.extras
    if (reading.dropped.length === 0) return
    const backup = await this.keepAside('copy')
    this.notice = partlyReadNotice(reading.dropped, backup)
    if (!backup) {
      this.block()
      return
    }
    // Write back what was kept, so the same notice does not come back at every start.
    await this.fs
      .write(this.path, settingsFileText(this.settings, this.extras, SETTINGS_VERSION))
      .catch(() => undefined)
  }

  /** A file that exists but cannot be opened (permissions, a folder in its place…). */
  private async setAsideUnopenable(error: unknown): Promise<void> {
    const backup = await this.keepAside('move')
    const why =
      errorCode(error) === 'EACCES' || errorCode(error) === 'EPERM'
        ? 'the app is not allowed to open it'
        : `it could not be opened (${errorCode(error)})`
    if (backup) {
      this.notice = {
        message: `Your settings file could not be read because ${why}, so the app is using its default settings. Nothing was deleted: the file is kept as ${backup}.`,
        backup,
      }
      return
    }
    this.block()
    this.notice = {
      message: `Your settings file could not be read because ${why}, so the app is using its default settings for now. So as not to overwrite it, changes will not be saved: ask your IT team to give your account access to ${this.path}, then restart the app.`,
      backup: null,
    }
  }

  private block(): void {
    this.blocked = new SettingsSaveError(
      'blocked',
      `Settings cannot be saved while the unreadable settings file is still in place. Move ${this.path} somewhere else (or ask your IT team to), then restart the app.`,
    )
  }

  /** Keeps the file as it is under a dated name; the name, or null when it could not be kept. */
  private async keepAside(how: 'move' | 'copy'): Promise<string | null> {
    const stamp = backupStamp(this.now())
    let target = `${this.path}.corrupt-${stamp}`
    for (let n = 2; (await this.fs.exists(target)) && n < 100; n++)
      target = `${this.path}.corrupt-${stamp}-${n}`
    try {
      if (how === 'move') await this.fs.rename(this.path, target)
      else await this.fs.copyFile(this.path, target)
      return basename(target)
    } catch {
      return null
    }
  }
}
