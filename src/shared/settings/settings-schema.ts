import { z } from 'zod'
import { clinicDetailsSchema } from './sections/clinic'
import { displaySettingsSchema } from './sections/display'
import { handoutDefaultsSchema } from './sections/handout'
import { presentationSettingsSchema } from './sections/presentation'
import { learningSettingsSchema } from '../learning/settings'

/**
 * The settings file's sections, one sub-schema each, in the order the settings page shows them.
 * Each field has its own default, so a section can be read field by field and a bad value
 * costs only itself. A new section (with its page component) is one line here.
 */
export const SETTINGS_SECTIONS = {
  display: { title: 'Display', schema: displaySettingsSchema },
  presentation: { title: 'Presenting', schema: presentationSettingsSchema },
  clinic: { title: 'Clinic details', schema: clinicDetailsSchema },
  handout: { title: 'Handout defaults', schema: handoutDefaultsSchema },
  learning: { title: 'Learning record', schema: learningSettingsSchema },
} as const

type Sections = typeof SETTINGS_SECTIONS
export type SectionKey = keyof Sections
export const SECTION_KEYS = Object.keys(SETTINGS_SECTIONS) as SectionKey[]

type WithDefaults = { [K in SectionKey]: z.ZodPrefault<Sections[K]['schema']> }

/** All known sections; a section left out takes its defaults (older files, partial saves). */
export const settingsSchema = z.strictObject(
  Object.fromEntries(
    SECTION_KEYS.map((key) => [key, z.prefault(SETTINGS_SECTIONS[key].schema, {})]),
  ) as WithDefaults,
)
export type Settings = z.output<typeof settingsSchema>
/** What may be saved: any section or field left out takes its default. */
export type SettingsInput = z.input<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})

/** The file format's version, written beside the sections so a later format can migrate. */
export const SETTINGS_VERSION = 1
