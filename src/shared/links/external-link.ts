/**
 * The one policy for what may leave the app, used by the content build (Markdown links) and by
 * main (before `shell.openExternal`): an https address with a host and no credentials, or a
 * mailto to one address with at most a subject and a body. The answer carries the canonical
 * URL string, so what is checked and shown is exactly what is opened.
 */
export interface ExternalLink {
  kind: 'https' | 'mailto'
  /** The canonical address: parsing it again gives the same string. */
  href: string
  /** https: the host (and port) in ASCII, punycode for an international name. mailto: the address. */
  target: string
  /** mailto only: the subject line, when there is one. */
  subject?: string
}

// Control characters have no business in a link and change meaning between parsers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
// A body may break lines (RFC 6068 writes them as %0D%0A); nothing else invisible.
// eslint-disable-next-line no-control-regex
const BODY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
// One plain address: no comments, quotes, routes or lists that mail clients read differently.
const MAIL_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/
/** RFC 6068 header fields a link may fill in; any other (attach, cc, bcc, headers…) is refused. */
const MAIL_FIELDS = ['subject', 'body'] as const
type MailField = (typeof MAIL_FIELDS)[number]

/** The link as it may leave the app, or `null` when the policy refuses it. */
export function parseExternalLink(input: string): ExternalLink | null {
  if (CONTROL.test(input)) return null
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return null
  }
  // The scheme must be written out in full: "https:host" parses, but it is not what was meant.
  const link = /^https:\/\//i.test(input)
    ? httpsLink(url)
    : /^mailto:/i.test(input)
      ? mailtoLink(url)
      : null
  return link && roundTrips(link.href) ? link : null
}

function httpsLink(url: URL): ExternalLink | null {
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null
  return { kind: 'https', href: url.href, target: url.host }
}

function mailtoLink(url: URL): ExternalLink | null {
  if (url.protocol !== 'mailto:' || url.hash) return null
  const address = decode(url.pathname)
  if (!address || !MAIL_ADDRESS.test(address)) return null
  const fields = new Map<MailField, string>()
  for (const part of url.search.slice(1).split('&')) {
    if (!part) continue
    const at = part.indexOf('=')
    const name = decode(at < 0 ? part : part.slice(0, at))?.toLowerCase()
    const value = decode(at < 0 ? '' : part.slice(at + 1))
    const field = MAIL_FIELDS.find((f) => f === name)
    if (!field || value === undefined || fields.has(field)) return null
    // A line break in the subject would start a new header in some mail clients.
    if (field === 'subject' && CONTROL.test(value)) return null
    if (field === 'body' && BODY_CONTROL.test(value)) return null
    fields.set(field, value)
  }
  const query = [...fields].map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
  const href = `mailto:${address}${query.length ? `?${query.join('&')}` : ''}`
  const subject = fields.get('subject')
  return { kind: 'mailto', href, target: address, ...(subject ? { subject } : {}) }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

function roundTrips(href: string): boolean {
  try {
    return new URL(href).href === href
  } catch {
    return false
  }
}

/** Whether an ASCII host is the punycode form of an international name (a label starts "xn--"). */
export function isPunycodeHost(host: string): boolean {
  return host.split('.').some((label) => label.toLowerCase().startsWith('xn--'))
}
