import type { SettingsInput } from '@shared/settings/settings-schema'

/** Where earlier versions kept preferences and clinic details in the renderer's storage. */
const LEGACY_KEYS = { preferences: 'atlas.preferences', handout: 'atlas.handout-settings' } as const

const object = (raw: string | null): Record<string, unknown> | null => {
  try {
    const value: unknown = JSON.parse(raw ?? 'null')
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/**
 * Settings an earlier version kept in local storage (theme, text size, presenter notes; clinic
 * details in the browser), as input for the settings file, or null when there are none. Values
 * are checked by the settings schema when they are merged, like any other stored value.
 */
export function readLegacySettings(
  storage: Pick<Storage, 'getItem'>,
): Record<string, unknown> | null {
  let preferences: Record<string, unknown> | null
  let handout: Record<string, unknown> | null
  try {
    preferences = object(storage.getItem(LEGACY_KEYS.preferences))
    handout = object(storage.getItem(LEGACY_KEYS.handout))
  } catch {
    return null
  }
  if (!preferences && !handout) return null
  const found: Record<string, unknown> = {}
  if (preferences) {
    found['display'] = { theme: preferences['theme'], textSize: preferences['textSize'] }
    found['presentation'] = { showNotes: preferences['showNotes'] }
  }
  if (handout?.['clinic']) found['clinic'] = handout['clinic']
  if (handout?.['handout']) found['handout'] = handout['handout']
  return found satisfies Partial<Record<keyof SettingsInput, unknown>>
}

/** Removes the old keys once their values are safely in the settings store. */
export function forgetLegacySettings(storage: Pick<Storage, 'removeItem'>): void {
  try {
    for (const key of Object.values(LEGACY_KEYS)) storage.removeItem(key)
  } catch {
    // Left in place: they are read again next time and merged the same way.
  }
}
