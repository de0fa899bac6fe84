import type { Settings } from './settings-schema'

/** Something the app must tell the clinician about their saved settings, once. */
export interface SettingsNotice {
  /** Plain words: what happened, what the app did, what (if anything) to do. */
  message: string
  /** The name the unreadable original was kept under, when it was kept. */
  backup: string | null
}

/** Settings as loaded at start: always usable, with a notice when something was wrong. */
export interface LoadedSettings {
  settings: Settings
  notice: SettingsNotice | null
}

/** The notice for stored settings that were read in part (`dropped` names what was not). */
export function partlyReadNotice(dropped: string[], backup: string | null): SettingsNotice {
  const kept = backup
    ? ` Nothing was deleted: the file as it was is kept as ${backup}.`
    : ' The file could not be copied aside, so the app will not save over it: check that you can write to the app’s data folder, then restart the app.'
  const all = dropped.some((d) => d.startsWith('all settings'))
  return {
    message: all
      ? `Your saved settings could not be read, so the app is using its default settings.${kept}`
      : `Some saved settings could not be read and are back to their defaults (${dropped.join('; ')}). Everything else was kept.${kept}`,
    backup,
  }
}

/** The notice for a settings file that is not JSON at all. */
export function unreadableNotice(backup: string | null): SettingsNotice {
  return partlyReadNotice(['all settings (the file is damaged)'], backup)
}
