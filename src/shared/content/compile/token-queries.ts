import type { Token } from 'markdown-it'
import { inlineText } from '../../markdown/inline-text'

/** Items of the first list in `tokens`, as plain text, with each item's 0-based body line. */
export function firstListItems(tokens: Token[]): { text: string; line: number }[] {
  const open = tokens.findIndex(
    (t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open',
  )
  if (open === -1) return []
  const listLevel = tokens[open]!.level
  const closeType = tokens[open]!.type.replace('_open', '_close')
  const items: { text: string; line: number }[] = []
  for (let i = open + 1; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type === closeType && token.level === listLevel) break
    if (token.type === 'list_item_open' && token.level === listLevel + 1) {
      const inline = tokens.slice(i).find((t) => t.type === 'inline')
      items.push({ text: inlineText(inline), line: token.map?.[0] ?? 0 })
    }
  }
  return items
}

/** Header cell texts of every table in `tokens`, with the table's 0-based body line. */
export function tableHeaders(tokens: Token[]): { headers: string[]; line: number }[] {
  const tables: { headers: string[]; line: number }[] = []
  tokens.forEach((token, index) => {
    if (token.type !== 'table_open') return
    const headers: string[] = []
    for (let i = index + 1; i < tokens.length && tokens[i]!.type !== 'thead_close'; i++) {
      if (tokens[i]!.type === 'th_open') headers.push(inlineText(tokens[i + 1]))
    }
    tables.push({ headers, line: token.map?.[0] ?? 0 })
  })
  return tables
}

/** Token ranges of each `::: name` container, open and close included. */
export function containerRanges(tokens: Token[], name: string): Token[][] {
  const ranges: Token[][] = []
  tokens.forEach((token, index) => {
    if (token.type !== `container_${name}_open`) return
    const close = tokens.findIndex(
      (t, i) => i > index && t.type === `container_${name}_close` && t.level === token.level,
    )
    ranges.push(tokens.slice(index, close === -1 ? tokens.length : close + 1))
  })
  return ranges
}

export function containsCitation(tokens: Token[]): boolean {
  return tokens.some((t) => t.children?.some((c) => c.type === 'citation'))
}

/** All reader-visible text in `tokens`, for word counts and readability. */
export function plainText(tokens: Token[]): string {
  return tokens
    .filter((t) => t.type === 'inline')
    .map((t) => inlineText(t))
    .join('\n')
}
