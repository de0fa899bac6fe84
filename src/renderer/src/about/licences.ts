import '../security/no-eval'
import { LICENCES_FILE, licencesFileSchema, type LicencesFile } from '@shared/licences'

let loaded: Promise<LicencesFile | null> | undefined

/**
 * The licence list the build wrote beside index.html, checked against its schema; null when it
 * is missing (the development server does not write it) or not what the build writes.
 */
export function loadLicences(fetcher: typeof fetch = fetch): Promise<LicencesFile | null> {
  loaded ??= fetcher(new URL(LICENCES_FILE, document.baseURI).href)
    .then(async (response) => {
      if (!response.ok) return null
      const parsed = licencesFileSchema.safeParse(await response.json())
      return parsed.success ? parsed.data : null
    })
    .catch(() => null)
  return loaded
}

/** Forgets the cached list (tests). */
export function resetLicences(): void {
  loaded = undefined
}
