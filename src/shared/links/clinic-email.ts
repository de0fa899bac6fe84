import { parseExternalLink } from './external-link'

// One address, the shape a clinic would print: no spaces, no query, a dotted domain.
const ADDRESS = /^[^\s@?#/:]+@[^\s@?#/:]+\.[^\s@?#/:]+$/

/**
 * The mailto link a clinic's email address becomes on a handout, held to the shared link
 * policy, or `undefined` when the text is not a single plain address.
 */
export function clinicEmailHref(email: string): string | undefined {
  const value = email.trim()
  if (!ADDRESS.test(value)) return undefined
  const link = parseExternalLink(`mailto:${value}`)
  return link?.kind === 'mailto' ? link.href : undefined
}
