import type { MessageBoxOptions } from 'electron'
import { isPunycodeHost, type ExternalLink } from '../../shared/links/external-link'
import { cleanText } from '../../shared/ipc/settings'

/**
 * The question asked before a link leaves the app. It shows the canonical address and names the
 * site on a line of its own, in ASCII: a look-alike international name (Cyrillic "аррӏе.com")
 * appears as the punycode it really is ("xn--80ak6aa92e.com"), with a word on what that means.
 */
export function externalLinkQuestion(link: ExternalLink): MessageBoxOptions {
  const common = { type: 'question' as const, defaultId: 0, cancelId: 1 }
  if (link.kind === 'mailto') {
    return {
      ...common,
      buttons: ['Open email app', 'Cancel'],
      message: 'Write an email in your email app?',
      detail: [
        `To: ${link.target}`,
        ...(link.subject ? [`Subject: ${cleanText(link.subject).slice(0, 200)}`] : []),
      ].join('\n'),
    }
  }
  const international = isPunycodeHost(link.target)
    ? '\nThis site name uses international letters, shown here in their ASCII (punycode) form. Check it is the site you expect.\n'
    : ''
  return {
    ...common,
    buttons: ['Open in browser', 'Cancel'],
    message: 'Open this link in your web browser?',
    detail: `Site: ${link.target}\n${international}\n${link.href}\n\nThe page is outside Postcoital Atlas and needs an internet connection.`,
  }
}
