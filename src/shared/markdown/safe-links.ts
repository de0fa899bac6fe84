import type { MarkdownIt } from 'markdown-it'
import { APP_ROUTE_PATTERN } from '../routes'
import { parseExternalLink } from '../links/external-link'

/**
 * markdown-it's own link check is a deny-list (it lets `smb:`, `vscode:` and `//host` through),
 * so links are checked against an allow-list instead: the app's own hash routes, and whatever
 * the shared external-link policy lets leave the app (the same check main makes before opening
 * it). A link that fails stays as plain text.
 */
export function isAllowedHref(href: string): boolean {
  const value = href.trim()
  return APP_ROUTE_PATTERN.test(value) || parseExternalLink(value) !== null
}

/** Marks external links so the renderer can route them through the confirm-then-open bridge. */
export default function safeLinks(md: MarkdownIt): void {
  md.validateLink = isAllowedHref
  // markdown-it still emits `[text]()` as a link to "" (the current page) although the empty
  // address fails validation; turn its brackets back into the text that was written.
  md.core.ruler.push('pa_empty_links', (state) => {
    for (const block of state.tokens) {
      const children = block.children ?? []
      children.forEach((child, index) => {
        if (child.type !== 'link_open' || child.attrGet('href') !== '') return
        const close = children.findIndex(
          (c, i) => i > index && c.type === 'link_close' && c.level === child.level,
        )
        child.type = 'text'
        child.tag = ''
        child.content = '['
        if (close !== -1) Object.assign(children[close]!, { type: 'text', tag: '', content: ']()' })
      })
    }
  })
  const previous = md.renderer.rules.link_open
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!
    const href = String(token.attrGet('href') ?? '')
    if (/^(https|mailto):/i.test(href)) {
      token.attrJoin('class', 'pa-external')
      token.attrSet('rel', 'noopener noreferrer')
    }
    return previous
      ? previous(tokens, idx, options, env, self)
      : self.renderToken(tokens, idx, options)
  }
}
