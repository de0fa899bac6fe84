/**
 * The address a clinic's website links to on a handout: an https URL as typed, or a bare host
 * ("riverside.nhs.uk/sexual-health") with https added. Anything else (another scheme, spaces,
 * credentials) prints as plain text and is never a link.
 */
export function clinicWebsiteHref(website: string): string | undefined {
  const value = website.trim()
  if (!value || /\s/.test(value)) return undefined
  const candidate = /^https:\/\//i.test(value)
    ? value
    : /^[a-z][a-z0-9+.-]*:/i.test(value)
      ? ''
      : `https://${value}`
  if (!candidate) return undefined
  try {
    const url = new URL(candidate)
    if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password)
      return undefined
    return url.href
  } catch {
    return undefined
  }
}
