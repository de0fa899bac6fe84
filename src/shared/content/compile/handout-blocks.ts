import type { Token } from 'markdown-it'
import { safetyOf } from '../../markdown/plugins/safety-directives'
import type { HandoutBlock, Run } from '../model'

export type { Run }

function runsOf(inline: Token | undefined): Run[] {
  const runs: Run[] = []
  let bold = 0
  let italic = 0
  for (const child of inline?.children ?? []) {
    if (child.type === 'strong_open') bold++
    else if (child.type === 'strong_close') bold--
    else if (child.type === 'em_open') italic++
    else if (child.type === 'em_close') italic--
    else if (child.type === 'text' && child.content)
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

const CAUTION_OPEN = /data-medicine="([a-z0-9-]+)"/

/**
 * A handout section's tokens as printable blocks: paragraphs and lists of styled runs, and the
 * caution boxes that `::: cautions` generated (recognised by their wrapper's `data-medicine`).
 */
export function handoutBlocks(tokens: readonly Token[]): HandoutBlock[] {
  const blocks: HandoutBlock[] = []
  let list: Extract<HandoutBlock, { type: 'list' }> | null = null
  let caution: Extract<HandoutBlock, { type: 'caution' }> | null = null
  tokens.forEach((token, index) => {
    if (token.type === 'html_block' && safetyOf(token)) {
      const open = CAUTION_OPEN.exec(token.content)
      if (open) {
        caution = { type: 'caution', medicine: open[1]!, runs: [] }
        blocks.push(caution)
      } else caution = null
    } else if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      list = { type: 'list', ordered: token.type === 'ordered_list_open', items: [] }
      blocks.push(list)
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      list = null
    } else if (token.type === 'inline') {
      const runs = runsOf(token)
      const inListItem =
        tokens[index - 2]?.type === 'list_item_open' || tokens[index - 1]?.type === 'list_item_open'
      if (caution) caution.runs.push(...runs)
      else if (list && inListItem) list.items.push(runs)
      else if (list) list.items.at(-1)?.push({ text: ' ', bold: false, italic: false }, ...runs)
      else blocks.push({ type: 'paragraph', runs })
    }
  })
  return blocks
}

export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('')
}

/** Every word a handout section prints, for glyph checks. */
export function blocksText(blocks: readonly HandoutBlock[]): string {
  return blocks
    .map((block) =>
      block.type === 'list' ? block.items.map(plainText).join('\n') : plainText(block.runs),
    )
    .join('\n')
}
