import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '@shared/markdown'
import { compiledHtmlProblem } from '@renderer/security/compiled-html'
import { trustedHtml } from '@renderer/security/trusted-html'
import { fixtureBundle, realBundle } from './content'

/** Every string in the bundle that holds markup: what `v-html` and the preview will be given. */
function htmlStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/<[a-z]/i.test(value)) found.push(value)
  } else if (Array.isArray(value)) for (const item of value) htmlStrings(item, found)
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) htmlStrings(item, found)
  return found
}

describe('the atlas-html Trusted Types policy', () => {
  it('passes every piece of HTML the real content and the fixtures compile to', async () => {
    const strings = [...htmlStrings(await realBundle()), ...htmlStrings(await fixtureBundle())]
    expect(strings.length).toBeGreaterThan(500)
    const refused = strings
      .map((html) => ({ html: html.slice(0, 120), problem: compiledHtmlProblem(html) }))
      .filter((r) => r.problem)
    expect(refused).toEqual([])
  })

  it('passes what Markdown renders for outside links and plain text with markup characters', () => {
    const html = renderMarkdown(
      '[NHS](https://www.nhs.uk/) and [mail](mailto:clinic@example.org?subject=Hi) say 1 < 2 & "a>b"\n\n<script>alert(1)</script>',
    )
    expect(compiledHtmlProblem(html)).toBeNull()
  })

  it.each([
    ['a script', '<p>x</p><script>alert(1)</script>'],
    ['an event handler', '<p onclick="alert(1)">x</p>'],
    ['a handler hidden behind a quoted >', '<a title="x>" onmouseover="alert(1)" href="#/">x</a>'],
    ['an image', '<img src=x onerror=alert(1)>'],
    ['an SVG', '<svg><script>alert(1)</script></svg>'],
    ['a frame', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['a style attribute', '<p style="background:url(x)">x</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>'],
    ['an entity-hidden javascript: link', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['a link with credentials', '<a href="https://user:pw@example.org/">x</a>'],
    ['a mail link that attaches a file', '<a href="mailto:a@b.co?attach=/etc/passwd">x</a>'],
    ['a comment', '<!--x--><p>x</p>'],
    ['a stray <', '<p>x</p><'],
    ['a form', '<form action="https://example.org"><button>x</button></form>'],
  ])('refuses %s', (_name, html) => {
    expect(compiledHtmlProblem(html)).not.toBeNull()
    expect(() => trustedHtml(html)).toThrow(TypeError)
  })
})
