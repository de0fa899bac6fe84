import type { AtlasApi } from '@shared/ipc/api'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@shared/ipc/settings'

const STORAGE_KEY = 'atlas.handout-settings'

export const EMPTY_SETTINGS: Settings = DEFAULT_SETTINGS

/**
 * Clinic details and handout defaults remembered from last time: in main's settings file in the
 * desktop app, in local storage in a plain browser.
 */
export async function loadHandoutSettings(bridge: AtlasApi | null): Promise<Settings> {
  if (bridge) {
    const result = await bridge.getSettings()
    return result.ok ? result.value : structuredClone(EMPTY_SETTINGS)
  }
  try {
    // Stored by an older version, or edited by hand: keep what is valid, default the rest.
    const stored = settingsSchema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'))
    return stored.success ? stored.data : structuredClone(EMPTY_SETTINGS)
  } catch {
    return structuredClone(EMPTY_SETTINGS)
  }
}

export async function saveHandoutSettings(
  bridge: AtlasApi | null,
  settings: Settings,
): Promise<void> {
  if (bridge) {
    await bridge.saveSettings(settings)
    return
  }
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings))
  } catch {
    // Storage unavailable: the details last for this session only.
  }
}
