import { readFile, rename } from 'node:fs/promises'
import {
  DEFAULT_SETTINGS,
  settingsSchema,
  type Settings,
  type SettingsInput,
} from '../../shared/ipc/settings'
import { writeFileAtomic } from './atomic-write'

/**
 * Settings in one JSON file under the user-data folder. A file that cannot be read as valid
 * settings is kept aside (never deleted) and defaults are used, so a bad file loses nothing.
 */
export class SettingsStore {
  constructor(private readonly path: string) {}

  async load(): Promise<Settings> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch {
      return structuredClone(DEFAULT_SETTINGS)
    }
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data
    } catch {
      // Not JSON at all: fall through and keep the file aside.
    }
    await rename(this.path, `${this.path}.unreadable-${Date.now()}`).catch(() => undefined)
    return structuredClone(DEFAULT_SETTINGS)
  }

  async save(settings: SettingsInput): Promise<Settings> {
    const valid = settingsSchema.parse(settings)
    await writeFileAtomic(this.path, `${JSON.stringify(valid, null, 2)}\n`)
    return valid
  }
}
