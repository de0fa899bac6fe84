import type { z } from 'zod'
import {
  DEFAULT_SETTINGS,
  SETTINGS_SECTIONS,
  SECTION_KEYS,
  type SectionKey,
  type Settings,
} from './settings-schema'

/** A JSON object kept as it was read: a section this version does not know. */
export type UnknownSection = Record<string, unknown>

/** What could be made of stored settings data. */
export interface SettingsReading {
  /** Every known section: the stored value where it was valid, its default where not. */
  settings: Settings
  /** Sections this version does not know (a newer version's): kept and written back. */
  extras: Record<string, UnknownSection>
  /** What was left out, in words ("Display: theme"), empty when everything was read. */
  dropped: string[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** "largePrint" → "large print", for messages. */
const words = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()

function readSection<K extends SectionKey>(
  key: K,
  stored: unknown,
  dropped: string[],
): Settings[K] {
  const { title, schema } = SETTINGS_SECTIONS[key]
  const whole = schema.safeParse(stored ?? {})
  if (whole.success) return whole.data as Settings[K]
  if (!isObject(stored)) {
    dropped.push(`${title} (all of it)`)
    return structuredClone(DEFAULT_SETTINGS[key])
  }
  // Field by field: one bad value must not take the section's good ones with it.
  const shape = schema.shape as Record<string, z.ZodType>
  const kept: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(stored)) {
    const fieldSchema = shape[field]
    const parsed = fieldSchema?.safeParse(value)
    if (parsed?.success) kept[field] = parsed.data
    else dropped.push(`${title}: ${words(field)}`)
  }
  return schema.parse(kept) as Settings[K]
}

/**
 * Reads stored settings data (already parsed from JSON) without ever failing: each known section
 * is validated field by field, unknown sections that are objects are kept for the version that
 * wrote them, and anything else is left out and named in `dropped`.
 */
export function readSettingsData(data: unknown): SettingsReading {
  if (!isObject(data)) {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      extras: {},
      dropped: ['all settings (the file did not hold settings)'],
    }
  }
  const dropped: string[] = []
  const settings = Object.fromEntries(
    SECTION_KEYS.map((key) => [key, readSection(key, data[key], dropped)]),
  ) as Settings
  const extras: Record<string, UnknownSection> = {}
  for (const [key, value] of Object.entries(data)) {
    if (key === 'version' || (SECTION_KEYS as string[]).includes(key)) continue
    if (isObject(value)) extras[key] = value
    else dropped.push(`"${key}" (not a settings section)`)
  }
  return { settings, extras, dropped }
}

/** The text written to a settings file: known sections, then the kept unknown ones. */
export function settingsFileText(
  settings: Settings,
  extras: Record<string, UnknownSection>,
  version: number,
): string {
  return `${JSON.stringify({ version, ...settings, ...extras }, null, 2)}\n`
}
