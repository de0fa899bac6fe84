import { parseExternalLink } from '@shared/links/external-link'

/**
 * What the content compiler emits (markdown-it with raw HTML off, plus the app's own plugins):
 * text blocks, lists, tables, inline emphasis, links and the teaching blocks' wrappers. No
 * scripts, frames, forms, media, styles or SVG.
 */
const TAGS = new Set([
  ...['p', 'div', 'section', 'aside', 'blockquote', 'pre', 'hr', 'br'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['a', 'span', 'strong', 'em', 'b', 'i', 's', 'del', 'sup', 'sub', 'small', 'code', 'kbd'],
  ...['abbr', 'mark', 'q', 'figure', 'figcaption'],
])

/** Attributes by name; `data-*` and `aria-*` too. No event handlers, no style, no src. */
const ATTRIBUTES = new Set(
  ['class', 'id', 'title', 'role', 'lang', 'dir', 'href', 'rel', 'tabindex'].concat([
    'value',
    'start',
    'scope',
    'colspan',
    'rowspan',
  ]),
)

// A whole tag with well-formed attributes; quoted values may hold '>' without ending the tag.
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' }

/**
 * Why `html` is not shaped like compiled content, or `null` when it is. The compiler escapes
 * every `<` in text, so each `<` must open an allowed tag with allowed attributes, and each link
 * must be an app route or a link the shared link policy accepts.
 */
export function compiledHtmlProblem(html: string): string | null {
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', TAG.lastIndex)) {
    TAG.lastIndex = at
    const tag = TAG.exec(html)
    if (!tag) return `markup that is not a plain tag at character ${at}`
    const [, closing, rawName, attributes] = tag
    const name = rawName!.toLowerCase()
    if (!TAGS.has(name)) return `a <${name}> element`
    if (closing && attributes) return `attributes on </${name}>`
    for (const [, rawAttribute, ...values] of attributes!.matchAll(ATTRIBUTE)) {
      const attribute = rawAttribute!.toLowerCase()
      if (!ATTRIBUTES.has(attribute) && !/^(data|aria)-[a-z0-9-]+$/.test(attribute))
        return `a ${attribute} attribute on <${name}>`
      if (attribute === 'href') {
        const href = (values.find((v) => v !== undefined) ?? '').replace(
          /&(amp|quot|#39|lt|gt);/g,
          (_, entity: string) => ENTITIES[entity]!,
        )
        if (!href.startsWith('#') && !parseExternalLink(href))
          return `a link to ${href.slice(0, 60)}`
      }
    }
  }
  return null
}
