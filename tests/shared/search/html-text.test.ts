import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENTITIES, htmlToText } from '@shared/search/html-text'
import { compile, fixtureFiles } from '../content/fixture-corpus'

const topic = compile(fixtureFiles).bundle.topics[0]!

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

  it('keeps the words of links and list items but no tags, with no space before punctuation', () => {
    expect(htmlToText(blockHtml('physiology'))).toBe('Oxytocin rises at orgasm.')
    expect(htmlToText(blockHtml('red-flags'))).toBe(
      'Emergency now Call 999 or 112 now. Cramp with confusion. Cramp with confusion suggests hyponatraemia. Think of: Exercise-associated muscle cramp. Do now: Check serum sodium. Where: Emergency department. Same day Arrange assessment today. Cramp that does not stop. A cramp lasting over an hour is not a simple cramp. Do now: Examine the leg. Where: GP today. A sign only an examiner finds. An abnormal reflex found on examination. Do now: Refer. Where: Neurology. Routine Assess at a routine appointment. Cramps that keep coming back. Recurrent cramps deserve a medicine review. Do now: Review medicines. Where: GP.',
    )
  })

  it('decodes the entities the Markdown renderer writes, once', () => {
    expect(htmlToText('<p>A &amp; B &lt;5 cm&gt; &quot;q&quot; it&#39;s&nbsp;here</p>')).toBe(
      'A & B <5 cm> "q" it\'s here',
    )
    // Text that literally reads "&lt;" is encoded as "&amp;lt;" and must come back as "&lt;".
    expect(htmlToText('<p>write &amp;lt; for &lt;</p>')).toBe('write &lt; for <')
  })

  it('keeps words of separate blocks apart', () => {
    expect(htmlToText('<ul><li>one</li><li>two</li></ul><p>three<br>four</p>')).toBe(
      'one two three four',
    )
    expect(htmlToText('<table><tr><td>calf</td><td>groin</td></tr></table>')).toBe('calf groin')
  })
})

/** The text as five passes found it, one per kind of markup (the reference for the one pass). */
function fivePasses(html: string): string {
  return html
    .replace(/<sup class="pa-cite">.*?<\/sup>/g, '')
    .replace(
      /<\/?(?:p|div|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|section|aside|blockquote|dl|dt|dd|br)\b[^>]*>/g,
      ' ',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('htmlToText in one pass', () => {
  // The compiler's HTML: text never holds a bare < or > (markdown-it writes &lt; and &gt;).
  it('gives what one pass per kind of markup gave, for any mix of tags, citations, entities and text', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<li>',
      '</li>',
      '<br>',
      '<td class="x">',
      '<h2 id="a">',
      '</h2>',
      '<a href="#/modules/x">',
      '</a>',
      '<em>',
      '</em>',
      '<strong>',
      '<span class="k">',
      '<sup class="pa-cite"><a href="#ref-1">1</a></sup>',
      '<sup>2</sup>',
      '<pre>',
      '<tablet>',
      '&amp;',
      '&lt;',
      '&gt;',
      '&quot;',
      '&#39;',
      '&nbsp;',
      '&amp;lt;',
      '&copy;',
      ' ',
      '  ',
      '\n',
      '.',
      'cramp',
      'β',
      '“quoted”',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('')
        expect(htmlToText(html)).toBe(fivePasses(html))
      }),
      { numRuns: 2000 },
    )
  })
})
