import { z } from 'zod'

/** One bundled library or font and its licence, as listed in About. */
export const licenceEntrySchema = z.strictObject({
  name: z.string().max(200),
  version: z.string().max(80),
  /** An SPDX identifier ("MIT", "OFL-1.1") or the words the package uses. */
  licence: z.string().max(200),
  /** Copyright holder or author, when the package or font names one. */
  by: z.string().max(300).optional(),
  /** Where it runs: the window, the main process (handout PDFs), or both. */
  usedIn: z.array(z.enum(['window', 'main', 'app'])).max(3),
})
export type LicenceEntry = z.infer<typeof licenceEntrySchema>

/** `licences.json`, written beside index.html at build time from package and font metadata. */
export const licencesFileSchema = z.strictObject({
  app: z.strictObject({ name: z.string().max(200), version: z.string().max(80) }),
  libraries: z.array(licenceEntrySchema).max(2000),
  fonts: z.array(licenceEntrySchema).max(100),
})
export type LicencesFile = z.infer<typeof licencesFileSchema>

export const LICENCES_FILE = 'licences.json'
