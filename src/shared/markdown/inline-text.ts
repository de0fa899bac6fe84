import type { Token } from 'markdown-it'

/** Plain text of an inline token's children: what a reader sees, without citation marks. */
export function inlineText(inline: Token | undefined): string {
  if (!inline?.children) return inline?.content ?? ''
  return inline.children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content
      if (child.type === 'xref') return String(child.meta?.label ?? '')
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' '
      return ''
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
