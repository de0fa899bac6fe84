import { z } from 'zod'
import { cleanText } from '../text/clean-text'

/**
 * The learning record's settings: whether to keep it at all (asked once, off until answered),
 * when the appraisal year starts, and who the certificate is for. A `learning` section of the
 * app's settings, kept by main like the others.
 */

/** Whether the clinician agreed to keep a learning record on this computer. */
export const CONSENT_STATES = ['unanswered', 'on', 'off'] as const
export type Consent = (typeof CONSENT_STATES)[number]

/** The regulators a certificate names; '' when not given, 'other' for one typed in. */
export const REGISTRATION_BODIES = ['', 'GMC', 'NMC', 'HCPC', 'other'] as const
export type RegistrationBody = (typeof REGISTRATION_BODIES)[number]

export const LEARNING_LIMITS = { name: 120, registrationNumber: 40, otherBody: 80 } as const

const clean = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((value) => cleanText(value))
    .pipe(z.string().max(max))

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether "MM-DD" names a day that exists in some year (29 February does). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const month = Number(match[1])
  const day = Number(match[2])
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!
}

/** Whether "YYYY-MM-DD" is a real calendar date (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  // Worked out rather than round-tripped through Date: a record's load checks every
  // activity's date, tens of thousands of them.
  const parts = ISO_DATE.exec(value)
  if (!parts) return false
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Days in `month` (1-12) of `year` in the proleptic Gregorian calendar, as Date counts. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

export const learningSettingsSchema = z.strictObject({
  consent: z.enum(CONSENT_STATES).default('unanswered'),
  /** First day of the appraisal year as MM-DD; many UK appraisal years start on 1 April. */
  yearStart: z
    .string()
    .refine(isMonthDay, 'Enter the start of the appraisal year as a day and month')
    .default('04-01'),
  /** The clinician's name as it should appear on certificates. */
  name: clean(LEARNING_LIMITS.name).default(''),
  registrationBody: z.enum(REGISTRATION_BODIES).default(''),
  /** The regulator's name when `registrationBody` is 'other'. */
  otherBody: clean(LEARNING_LIMITS.otherBody).default(''),
  registrationNumber: clean(LEARNING_LIMITS.registrationNumber).default(''),
  /** First day of the current revalidation cycle (YYYY-MM-DD), or '' when not set. */
  cycleStart: z
    .string()
    .refine((value) => value === '' || isIsoDate(value), 'Enter the cycle start as a date')
    .default(''),
})
export type LearningSettings = z.infer<typeof learningSettingsSchema>
export type LearningSettingsInput = z.input<typeof learningSettingsSchema>

export const DEFAULT_LEARNING_SETTINGS: LearningSettings = learningSettingsSchema.parse({})

/** How long each regulator's revalidation or renewal cycle runs, in years. */
export const CYCLE_YEARS: Record<RegistrationBody, number> = {
  '': 5,
  GMC: 5,
  NMC: 3,
  HCPC: 2,
  other: 5,
}

/** The regulator's name as printed: "GMC", or what was typed for another body. */
export function registrationBodyName(settings: LearningSettings): string {
  return settings.registrationBody === 'other' ? settings.otherBody : settings.registrationBody
}
