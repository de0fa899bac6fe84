import { parseExternalLink, type ExternalLink } from '../../shared/links/external-link'
import { oneAtATime } from '../services/one-at-a-time'

/** What became of a request to open a link outside the app. */
export type OpenOutcome =
  /** The user confirmed and the link went to the browser or mail app. */
  | 'opened'
  /** The user said no. */
  | 'declined'
  /** The link policy does not let this address leave the app; nobody was asked. */
  | 'refused'
  /** Another link is still waiting for the user's answer. */
  | 'busy'

export interface ExternalOpenerDeps {
  /** Shows the link and asks the user; resolves true only on an explicit yes. */
  confirm(link: ExternalLink): Promise<boolean>
  /** Receives the canonical address only, never the string the request carried. */
  open(href: string): Promise<void>
}

/**
 * The one way a link leaves the app: only what the shared link policy accepts, shown to the
 * user in its canonical form, opened as that same canonical string, and one question at a time.
 */
export function createExternalOpener(
  deps: ExternalOpenerDeps,
): (url: string) => Promise<OpenOutcome> {
  const ask = oneAtATime(
    async (link: ExternalLink): Promise<OpenOutcome> => {
      if (!(await deps.confirm(link))) return 'declined'
      await deps.open(link.href)
      return 'opened'
    },
    (): OpenOutcome => 'busy',
  )
  return async (url) => {
    const link = parseExternalLink(url)
    return link ? ask(link) : 'refused'
  }
}
