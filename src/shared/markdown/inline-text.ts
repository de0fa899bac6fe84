import type { Token } from 'markdown-it'
import { collapseSpaces } from '../text/collapse-spaces'

/** Plain text of an inline token's children: what a reader sees, without citation marks. */
export function inlineText(inline: Token | undefined): string {
  if (!inline?.children) return inline?.content ?? ''
  // A loop rather than map and join: the content checks call this for every line of text.
  let text = ''
  for (const child of inline.children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content
    else if (child.type === 'xref') text += String(child.meta?.label ?? '')
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' '
  }
  return collapseSpaces(text)
}
