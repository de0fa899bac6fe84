import { z } from 'zod'
import { clinicWebsiteHref } from '../links/clinic-website'
import { clinicEmailHref } from '../links/clinic-email'
import { TEXT_LANGUAGE_TAGS } from '../text/languages'

/** Limits shared by the settings form and main's validation. */
export const CLINIC_LIMITS = { name: 120, phone: 40, website: 200, email: 120, note: 1000 } as const

/** A language for user text on a handout: '' is the handout's own (English). */
export const textLanguageSchema = z.enum(['', ...TEXT_LANGUAGE_TAGS]).default('')

// Line-like controls separate words; the rest (NUL, BEL, ESC, C1 …) are noise inside them.
const SEPARATORS = /[\t\v\f\r\u0085]/g
// eslint-disable-next-line no-control-regex
const NOISE = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g
// Bidi marks, embeddings, overrides and isolates (and the Arabic letter mark) are invisible and
// reorder the characters around them: on a printed leaflet "020 7946 0000" could read backwards.
const FORMAT_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Cleans typed or pasted text so no input can upset the layout or the PDF: tabs and other
 * line-like controls become spaces (words stay apart), other control characters and the
 * invisible bidi format controls are removed, and newlines are kept only where a note may have
 * them. Every way user text comes in (settings, the note, the command line) passes through here.
 */
export function cleanText(value: string, keepNewlines = false): string {
  return value
    .normalize('NFC')
    .replace(NOISE, '')
    .replace(FORMAT_CONTROLS, '')
    .replace(SEPARATORS, ' ')
    .replace(keepNewlines ? /(?!)/g : /\n/g, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim()
}

const clean = (max: number, keepNewlines = false) =>
  z
    .string()
    .max(max * 4)
    .transform((value) => cleanText(value, keepNewlines))
    .pipe(z.string().max(max))

export const clinicDetailsSchema = z.strictObject({
  name: clean(CLINIC_LIMITS.name).default(''),
  phone: clean(CLINIC_LIMITS.phone).default(''),
  website: clean(CLINIC_LIMITS.website)
    .refine(
      (value) => value === '' || clinicWebsiteHref(value) !== undefined,
      'Enter the website as an address such as riverside.nhs.uk or https://riverside.nhs.uk',
    )
    .default(''),
  email: clean(CLINIC_LIMITS.email)
    .refine(
      (value) => value === '' || clinicEmailHref(value) !== undefined,
      'Enter one email address, such as clinic@riverside.nhs.uk',
    )
    .default(''),
  /** The language the name and details are written in, when not English. */
  lang: textLanguageSchema,
})
export type ClinicDetails = z.infer<typeof clinicDetailsSchema>

/** No clinic details: the handout prints labelled lines to write them in by hand. */
export const NO_CLINIC: ClinicDetails = { name: '', phone: '', website: '', email: '', lang: '' }

export const PAPER_SIZES = ['a4', 'letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/**
 * What main remembers between sessions: the clinic block and handout defaults. (Display
 * preferences such as the theme live in the renderer, so they work in a plain browser too.)
 */
export const settingsSchema = z.strictObject({
  clinic: clinicDetailsSchema.default(NO_CLINIC),
  handout: z
    .strictObject({
      paper: z.enum(PAPER_SIZES).default('a4'),
      largePrint: z.boolean().default(false),
    })
    .default({ paper: 'a4', largePrint: false }),
})
export type Settings = z.infer<typeof settingsSchema>
/** What may be saved: any field left out takes its default (older files, partial forms). */
export type SettingsInput = z.input<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
