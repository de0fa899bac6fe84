import { z } from 'zod'

/** Limits shared by the settings form and main's validation. */
export const CLINIC_LIMITS = { name: 120, phone: 40, website: 200, note: 1000 } as const

// Control characters (C0, DEL, C1); stripping them is the point, so the lint rule is off here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g

/** Strips control characters (keeps newlines in notes) so no input can upset layout or PDF. */
export function cleanText(value: string, keepNewlines = false): string {
  return value.replace(keepNewlines ? CONTROL_EXCEPT_NEWLINE : CONTROL, '').trim()
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
  website: clean(CLINIC_LIMITS.website).default(''),
})
export type ClinicDetails = z.infer<typeof clinicDetailsSchema>

export const PAPER_SIZES = ['a4', 'letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

/**
 * What main remembers between sessions: the clinic block and handout defaults. (Display
 * preferences such as the theme live in the renderer, so they work in a plain browser too.)
 */
export const settingsSchema = z.strictObject({
  clinic: clinicDetailsSchema.default({ name: '', phone: '', website: '' }),
  handout: z
    .strictObject({
      paper: z.enum(PAPER_SIZES).default('a4'),
      largePrint: z.boolean().default(false),
    })
    .default({ paper: 'a4', largePrint: false }),
})
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({})
