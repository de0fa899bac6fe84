import '../security/no-eval'
import type { AtlasApi } from '@shared/ipc/api'
import { fail, ok, type IpcResult } from '@shared/ipc/result'
import type { Settings } from '@shared/settings/settings-schema'
import { SETTINGS_VERSION } from '@shared/settings/settings-schema'
import {
  readSettingsData,
  settingsFileText,
  type UnknownSection,
} from '@shared/settings/read-settings'
import {
  partlyReadNotice,
  unreadableNotice,
  type LoadedSettings,
} from '@shared/settings/settings-notice'
import { DEFAULT_SETTINGS } from '@shared/settings/settings-schema'

/** Where settings live: main's file in the desktop app, this browser's storage otherwise. */
export interface SettingsBackend {
  load(): Promise<LoadedSettings>
  save(settings: Settings): Promise<IpcResult<Settings>>
}

/** The desktop app: main owns the file (atomic writes, backups, typed errors). */
export function bridgeBackend(api: AtlasApi): SettingsBackend {
  return {
    async load() {
      const result = await api.getSettings()
      if (result.ok) return result.value
      return {
        settings: structuredClone(DEFAULT_SETTINGS),
        notice: {
          message: `${result.error.message} The app is using its default settings.`,
          backup: null,
        },
      }
    },
    save: (settings) => api.saveSettings(settings),
  }
}

export const BROWSER_KEY = 'atlas.settings'

/** "2026-12-05T10-31-07Z", as main names its backups. */
const stamp = (now: Date): string =>
  now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')

/**
 * A plain browser (no desktop app): the same format and the same rules in local storage. Damaged
 * data is kept under `atlas.settings.corrupt-<date>`, what was valid is kept, and the notice
 * says so once.
 */
export function browserBackend(
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
  now: () => Date = () => new Date(),
): SettingsBackend {
  let extras: Record<string, UnknownSection> = {}
  const keepAside = (raw: string): string | null => {
    const key = `${BROWSER_KEY}.corrupt-${stamp(now())}`
    try {
      storage.setItem(key, raw)
      return key
    } catch {
      return null
    }
  }
  return {
    async load() {
      let raw: string | null
      try {
        raw = storage.getItem(BROWSER_KEY)
      } catch {
        return { settings: structuredClone(DEFAULT_SETTINGS), notice: null }
      }
      if (raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), notice: null }
      let data: unknown
      try {
        data = JSON.parse(raw)
      } catch {
        return {
          settings: structuredClone(DEFAULT_SETTINGS),
          notice: unreadableNotice(keepAside(raw)),
        }
      }
      const reading = readSettingsData(data)
      extras = reading.extras
      if (!reading.dropped.length) return { settings: reading.settings, notice: null }
      const notice = partlyReadNotice(reading.dropped, keepAside(raw))
      try {
        storage.setItem(BROWSER_KEY, settingsFileText(reading.settings, extras, SETTINGS_VERSION))
      } catch {
        // Kept in memory; the notice already says what happened.
      }
      return { settings: reading.settings, notice }
    },
    async save(settings) {
      try {
        storage.setItem(BROWSER_KEY, settingsFileText(settings, extras, SETTINGS_VERSION))
        return ok(settings)
      } catch {
        return fail(
          'disk-full',
          "Settings could not be saved because this browser's storage is full or turned off. Your change is in use until the page closes. Clear this site's stored data or use the desktop app.",
        )
      }
    },
  }
}
