import { z } from 'zod'
import { clinicWebsiteHref } from '../../links/clinic-website'
import { clinicEmailHref } from '../../links/clinic-email'
import { cleanText } from '../../text/clean-text'
import { textLanguageSchema } from '../../text/language-schema'

/** Limits shared by the settings form and main's validation. */
export const CLINIC_LIMITS = { name: 120, phone: 40, website: 200, email: 120, note: 1000 } as const

const clean = (max: number, keepNewlines = false) =>
  z
    .string()
    .max(max * 4)
    .transform((value) => cleanText(value, keepNewlines))
    .pipe(z.string().max(max))

/** The clinic block printed on every handout. Each field is checked on its own. */
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
