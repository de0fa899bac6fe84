import { parseExternalLink } from './external-link'

/**
 * The address a clinic's website links to on a handout: an https URL as typed, or a bare host
 * ("riverside.nhs.uk/sexual-health") with https added, held to the shared link policy and
 * given a dotted host name. `undefined` for anything else (another scheme, spaces, credentials).
 */
export function clinicWebsiteHref(website: string): string | undefined {
  const value = website.trim()
  if (!value || /\s/.test(value)) return undefined
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https:\/\//i.test(value)) return undefined
  const link = parseExternalLink(/^https:\/\//i.test(value) ? value : `https://${value}`)
  if (link?.kind !== 'https' || !new URL(link.href).hostname.includes('.')) return undefined
  return link.href
}
