import type { Token } from 'markdown-it'
import { markdown } from '../../shared/markdown'

/** A run of text with one style. */
export interface Run {
  text: string
  bold: boolean
  italic: boolean
}

/** Printable blocks of a handout section (the content check allows only these). */
export type TextBlock =
  { type: 'paragraph'; runs: Run[] } | { type: 'list'; ordered: boolean; items: Run[][] }

function runsOf(inline: Token | undefined): Run[] {
  const runs: Run[] = []
  let bold = 0
  let italic = 0
  for (const child of inline?.children ?? []) {
    if (child.type === 'strong_open') bold++
    else if (child.type === 'strong_close') bold--
    else if (child.type === 'em_open') italic++
    else if (child.type === 'em_close') italic--
    else if (child.type === 'text')
      runs.push({ text: child.content, bold: bold > 0, italic: italic > 0 })
    else if (child.type === 'softbreak' || child.type === 'hardbreak')
      runs.push({ text: ' ', bold: false, italic: false })
  }
  // Adjacent runs of the same style merge, so the PDF draws fewer, longer strings.
  return runs.reduce<Run[]>((merged, run) => {
    const last = merged.at(-1)
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text
    else merged.push({ ...run })
    return merged
  }, [])
}

const parsed = new Map<string, TextBlock[]>()

/** Turns a handout section's Markdown into paragraphs and lists of styled runs (memoised: content is fixed). */
export function textBlocks(source: string): TextBlock[] {
  let blocks = parsed.get(source)
  if (!blocks) {
    blocks = parseBlocks(source)
    parsed.set(source, blocks)
  }
  return blocks
}

function parseBlocks(source: string): TextBlock[] {
  const tokens = markdown().parse(source, {})
  const blocks: TextBlock[] = []
  let list: Extract<TextBlock, { type: 'list' }> | null = null
  tokens.forEach((token, index) => {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      list = { type: 'list', ordered: token.type === 'ordered_list_open', items: [] }
      blocks.push(list)
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      list = null
    } else if (token.type === 'inline') {
      const runs = runsOf(token)
      const inListItem =
        tokens[index - 2]?.type === 'list_item_open' || tokens[index - 1]?.type === 'list_item_open'
      if (list && inListItem) list.items.push(runs)
      else if (list) list.items.at(-1)?.push({ text: ' ', bold: false, italic: false }, ...runs)
      else blocks.push({ type: 'paragraph', runs })
    }
  })
  return blocks
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('')
}
