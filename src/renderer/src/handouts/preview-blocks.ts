import type { Handout, HelpTier } from '@shared/content/model'
import { htmlBlocks } from './html-blocks'

/** One unit of the preview's page layout; pages break between blocks, never inside one. */
export type PreviewBlock =
  | { kind: 'title' }
  | { kind: 'summary' }
  | { kind: 'heading'; text: string }
  | { kind: 'html'; html: string }
  | { kind: 'tier'; tier: HelpTier; heading: 'h2' | 'h3' }
  | { kind: 'emergency-above' }
  | { kind: 'actions' }
  | { kind: 'clinic' }
  | { kind: 'about' }

const HELP_SECTION = 'When should I get help?'

/**
 * The handout in the order the PDF prints it: the emergency tier straight after the summary
 * (so page 1 always says when to call 999), the other tiers in "When should I get help?".
 */
export function previewBlocks(handout: Handout): PreviewBlock[] {
  const emergency = handout.help.find((tier) => tier.tier === 'emergency')
  const blocks: PreviewBlock[] = [{ kind: 'title' }, { kind: 'summary' }]
  if (emergency) blocks.push({ kind: 'tier', tier: emergency, heading: 'h2' })
  for (const section of handout.sections) {
    blocks.push({ kind: 'heading', text: section.title })
    for (const html of htmlBlocks(section.html)) blocks.push({ kind: 'html', html })
    if (section.title === HELP_SECTION) {
      if (emergency) blocks.push({ kind: 'emergency-above' })
      for (const tier of handout.help)
        if (tier !== emergency) blocks.push({ kind: 'tier', tier, heading: 'h3' })
    }
  }
  blocks.push({ kind: 'actions' }, { kind: 'clinic' }, { kind: 'about' })
  return blocks
}

/**
 * Splits measured block heights into pages of `pageHeight`, keeping a heading with the block
 * after it, as the PDF does.
 */
export function paginate(
  blocks: readonly PreviewBlock[],
  heights: readonly number[],
  pageHeight: number,
): number[][] {
  const pages: number[][] = [[]]
  let used = 0
  blocks.forEach((block, index) => {
    const height = heights[index] ?? 0
    // Preview blocks never split, so a heading goes to the next page unless the whole block
    // after it fits below it (a block taller than a page can only start on a fresh one).
    const following = block.kind === 'heading' ? (heights[index + 1] ?? 0) : 0
    const next = following > pageHeight ? 0 : following
    const page = pages.at(-1)!
    if (page.length && used + height + next > pageHeight) {
      pages.push([index])
      used = height
    } else {
      page.push(index)
      used += height
    }
  })
  return pages
}
