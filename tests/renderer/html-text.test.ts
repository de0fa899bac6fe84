import { beforeAll, describe, expect, it } from 'vitest'
import type { Topic } from '@shared/content/model'
import { htmlToText } from '@renderer/search/html-text'
import { fixtureBundle } from './content'

let topic: Topic
beforeAll(async () => {
  topic = (await fixtureBundle()).topics[0]!
})

const blockHtml = (slug: string): string => {
  const block = topic.sections.find((s) => s.slug === slug)!.blocks[0]!
  if (block.kind !== 'html') throw new Error(`${slug} does not start with HTML`)
  return block.html
}

describe('htmlToText', () => {
  it('drops citation superscripts from compiled text, number and all', () => {
    expect(blockHtml('why-it-matters')).toContain('class="pa-cite"')
    expect(htmlToText(blockHtml('why-it-matters'))).toBe(
      'No prevalence figure exists for cramps after sex.',
    )
  })

  it('keeps the words of links and list items but no tags', () => {
    expect(htmlToText(blockHtml('physiology'))).toBe('Oxytocin rises at orgasm.')
    expect(htmlToText(blockHtml('red-flags'))).toBe(
      'Emergency now Cramp with confusion. Urgent Progressive weakness.',
    )
  })

  it('decodes the entities the Markdown renderer writes, once', () => {
    expect(htmlToText('<p>A &amp; B &lt;5 cm&gt; &quot;q&quot; it&#39;s&nbsp;here</p>')).toBe(
      'A & B <5 cm> "q" it\'s here',
    )
    // Text that literally reads "&lt;" is encoded as "&amp;lt;" and must come back as "&lt;".
    expect(htmlToText('<p>write &amp;lt; for &lt;</p>')).toBe('write &lt; for <')
  })
})
