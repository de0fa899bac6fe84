import { beforeAll, describe, expect, it } from 'vitest'
import type { Handout } from '@shared/content/model'
import { paginate, previewBlocks, type PreviewBlock } from '@renderer/handouts/preview-blocks'
import { fixtureBundle } from './content'

let handout: Handout
beforeAll(async () => {
  handout = (await fixtureBundle()).handouts[0]!
})

/** Short names for block sequences: "heading:What is it?", "html:<p>", "tier:today". */
const describeBlock = (block: PreviewBlock): string => {
  switch (block.kind) {
    case 'heading':
      return `heading:${block.text}`
    case 'html':
      return `html:${block.html.slice(0, block.html.indexOf('>') + 1)}`
    case 'tier':
      return `tier:${block.tier.tier}`
    default:
      return block.kind
  }
}

describe('previewBlocks', () => {
  it('lays the handout out in print order: the emergency tier on page 1, the others after the help section', () => {
    expect(previewBlocks(handout).map(describeBlock)).toEqual([
      'title',
      'summary',
      'tier:emergency',
      'heading:What is it?',
      'html:<p>',
      'heading:Why does it happen?',
      'html:<p>',
      'heading:What can I do now?',
      'html:<ul>',
      'heading:When should I get help?',
      'html:<p>',
      'emergency-above',
      'tier:same-day',
      'tier:routine',
      'actions',
      'clinic',
      'about',
    ])
  })

  it('splits a section into its top-level elements, each kept whole', () => {
    const section = {
      title: 'Two parts',
      blocks: [],
      html: '<p>One <em>a</em></p>\n<ul><li>x</li><li>y</li></ul>\n',
    }
    const blocks = previewBlocks({ ...handout, sections: [section] })
    expect(blocks.filter((b) => b.kind === 'html')).toEqual([
      { kind: 'html', html: '<p>One <em>a</em></p>' },
      { kind: 'html', html: '<ul><li>x</li><li>y</li></ul>' },
    ])
    // Only the emergency box at the top: the help section, where the other tiers go, is gone.
    expect(
      blocks.filter((b) => b.kind === 'tier').map((b) => b.kind === 'tier' && b.tier.tier),
    ).toEqual(['emergency'])
  })
})

describe('paginate', () => {
  const blocks = (...kinds: ('heading' | 'html')[]): PreviewBlock[] =>
    kinds.map((kind) => (kind === 'heading' ? { kind, text: 'H' } : { kind, html: '<p></p>' }))

  it('fills a page, then starts a new one when the next block does not fit', () => {
    expect(paginate(blocks('html', 'html', 'html'), [40, 40, 40], 100)).toEqual([[0, 1], [2]])
    expect(paginate(blocks('html', 'html'), [50, 50], 100)).toEqual([[0, 1]])
  })

  it('moves a heading to the next page rather than leave it without its text', () => {
    // The heading itself fits (80 + 10 ≤ 100) but its paragraph would not follow it.
    expect(paginate(blocks('html', 'heading', 'html'), [80, 10, 30], 100)).toEqual([[0], [1, 2]])
    // With room for the start of the paragraph, the heading stays.
    expect(paginate(blocks('html', 'heading', 'html'), [50, 10, 30], 100)).toEqual([[0, 1, 2]])
  })

  it('never leaves the first page empty, even for a block taller than a page', () => {
    expect(paginate(blocks('html', 'html'), [150, 10], 100)).toEqual([[0], [1]])
    expect(paginate(blocks('heading', 'html'), [10, 300], 100)[0]).toEqual([0])
  })

  it('puts every block on exactly one page, in order', () => {
    const heights = [30, 10, 45, 10, 70, 20, 10, 90, 5]
    const kinds = blocks(
      'html',
      'heading',
      'html',
      'heading',
      'html',
      'html',
      'heading',
      'html',
      'html',
    )
    const pages = paginate(kinds, heights, 100)
    expect(pages.flat()).toEqual(heights.map((_, i) => i))
    expect(pages.every((page) => page.length > 0)).toBe(true)
  })

  // Bug: the rule keeps a heading only with a quarter page after it (as the PDF, which can split
  // a paragraph, does), but preview blocks never split. A heading followed by a block that
  // fits a page but not the space left is left alone at the foot of the page.
  it('keeps a heading with a following block that cannot split', () => {
    // 50 + 10 + min(60, 25) ≤ 100, so the heading stays; its 60-high block then moves on.
    expect(paginate(blocks('html', 'heading', 'html'), [50, 10, 60], 100)).toEqual([[0], [1, 2]])
  })
})
