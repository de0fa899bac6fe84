import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import HighlightedText from '@renderer/search/components/HighlightedText.vue'

const HOSTILE = [
  '<img src=x onerror="window.pwned = 1">',
  '<script>window.pwned = 1</script>',
  '<a href="javascript:alert(1)">link</a>',
  '&lt;b&gt; &amp; "quotes"',
]

describe('HighlightedText', () => {
  it('renders marked words in <mark> and the rest as plain text', () => {
    const w = mount(
      { components: { HighlightedText }, template: '<p><HighlightedText :segments="s" /></p>' },
      {
        data: () => ({
          s: [
            { text: 'Cauda ', mark: false },
            { text: 'equina', mark: true },
            { text: ' syndrome', mark: false },
          ],
        }),
      },
    )
    expect(w.findAll('mark').map((m) => m.text())).toEqual(['equina'])
    expect(w.find('p').element.textContent).toBe('Cauda equina syndrome')
  })

  it.each(HOSTILE)('shows markup from content as the characters it is: %s', (hostile) => {
    const w = mount(
      { components: { HighlightedText }, template: '<p><HighlightedText :segments="s" /></p>' },
      {
        data: () => ({
          s: [
            { text: hostile, mark: false },
            { text: hostile, mark: true },
          ],
        }),
      },
    )
    const p = w.find('p').element
    // No element but the one <mark> the component makes; the text is exactly what came in.
    expect([...p.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['MARK'])
    expect(p.textContent).toBe(hostile + hostile)
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })
})
