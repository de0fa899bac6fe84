import { describe, expect, it } from 'vitest'
import type { RenderEnv } from '@shared/markdown'
import { parseHtml, readFixture, render, renderInline } from './render-fixture'

const source = readFixture('xss')

/** The env the content compiler uses: known entries resolve, citations link to references. */
const env: Partial<RenderEnv> = {
  referencesHref: '#/modules/leg-cramps/references',
  resolveXref: (target) =>
    target.id === 'oxytocin' || target.id === 'cramp-table'
      ? { label: `"><img src=x onerror=alert('${target.id}')>` }
      : null,
  resolveCitation: (key) =>
    key === 'key' ? null : { short: `"><script>alert('${key}')</script>` },
}

const SAFE_TAGS = new Set([
  'A',
  'DIV',
  'EM',
  'H2',
  'H3',
  'LI',
  'P',
  'SPAN',
  'STRONG',
  'SUP',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'OL',
  'BR',
  'CODE',
])
const SAFE_ATTRIBUTES = /^(class|href|rel|id|role|tabindex|title|aria-[a-z]+|data-[a-z]+)$/
const SAFE_HREF = /^(https:\/\/|mailto:|#\/)/

/** Every way the rendered HTML could run script or load something, as a list of findings. */
function dangers(html: string): string[] {
  const found: string[] = []
  for (const tag of ['<script', '<img', '<iframe', '<svg', '<object', '<embed', '<style', '<form'])
    if (html.toLowerCase().includes(tag)) found.push(`raw ${tag}`)
  if (/href\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(html)) found.push('dangerous href')
  for (const element of parseHtml(html).querySelectorAll('*')) {
    if (!SAFE_TAGS.has(element.tagName)) found.push(`element <${element.tagName.toLowerCase()}>`)
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name)) found.push(`event handler ${name} on <${element.tagName}>`)
      else if (!SAFE_ATTRIBUTES.test(name)) found.push(`attribute ${name} on <${element.tagName}>`)
    }
    const href = element.getAttribute('href')
    if (href !== null && !SAFE_HREF.test(href)) found.push(`href ${href}`)
  }
  return found
}

describe('rendering hostile Markdown', () => {
  const { html } = render(source, env)
  const dom = parseHtml(html)
  // The typographer curls quotes in text; straighten them to compare with the source.
  const text = (dom.textContent ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
  const linkTexts = [...dom.querySelectorAll('a')].map((a) => a.textContent)

  it('produces no script, image, frame, event handler or dangerous link', () => {
    expect(dangers(html)).toEqual([])
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/<iframe/i)
    // Inside a tag: escaped text may say "onerror=", but no tag may carry it.
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i)
  })

  it('shows raw HTML as text', () => {
    expect(text).toContain("<script>alert('script')</script>")
    expect(text).toContain('<img src=x onerror=alert(')
    expect(text).toContain('<iframe src=')
    expect(text).toContain('<a href="javascript:alert(')
  })

  it.each([
    'lower',
    'upper',
    'entity',
    'hex entity',
    'colon entity',
    'padded',
    'vb',
    'data',
    'protocol relative',
    'smb share',
    'local file',
    'editor',
    'settings',
    'plain http',
  ])('keeps the "%s" link as plain text', (name) => {
    expect(linkTexts).not.toContain(name)
    expect(text).toContain(`[${name}](`)
  })

  it('keeps dangerous autolinks as text', () => {
    expect(text).toContain('<javascript:alert(')
    expect(text).toContain('<JaVaScRiPt:alert(')
    expect(text).toContain('<vbscript:msgbox(')
    expect(text).toContain('<data:text/html,')
  })

  it('never renders an image, even from an allowed address', () => {
    expect(dom.querySelectorAll('img')).toHaveLength(0)
    expect(text).toContain('![data image](data:image/png')
  })

  it('keeps reference-style links to refused addresses as text', () => {
    expect(linkTexts).not.toContain('ref to script')
    expect(linkTexts).not.toContain('ref to data')
    expect(text).toContain('[ref to script][bad-ref]')
  })

  it('still renders allowed links, external ones marked for the confirm-then-open bridge', () => {
    const guideline = [...dom.querySelectorAll('a')].find((a) => a.textContent === 'guideline')!
    expect(guideline.getAttribute('href')).toBe('https://www.nice.org.uk/guidance/ng73')
    expect(guideline.getAttribute('class')).toBe('pa-external')
    expect(guideline.getAttribute('rel')).toBe('noopener noreferrer')
    const email = [...dom.querySelectorAll('a')].find((a) => a.textContent === 'email')!
    expect(email.getAttribute('href')).toBe('mailto:team@example.org')
    expect(email.getAttribute('rel')).toBe('noopener noreferrer')
    const section = [...dom.querySelectorAll('a')].find((a) => a.textContent === 'section')!
    expect(section.getAttribute('href')).toBe('#/modules/leg-cramps/red-flags')
  })

  it('escapes callout titles and myth claims into text', () => {
    // Their quotes are typeset as body text's are: straightened here to compare.
    const straight = (selector: string) =>
      [...dom.querySelectorAll(selector)].map((e) =>
        (e.textContent ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"'),
      )
    expect(straight('.pa-callout--pearl .pa-callout__title')).toEqual([
      `"><img src=x onerror=alert('pearl')>`,
    ])
    expect(straight('.pa-callout--key-point .pa-callout__title')).toEqual([
      `<script>alert('key')</script>`,
    ])
    expect(straight('.pa-callout--red-flag .pa-callout__title')).toEqual([
      `" onmouseover="alert('flag')`,
    ])
    expect(straight('.pa-myth__text')).toContain(`"><img src=x onerror=alert('myth-claim')>`)
    for (const title of dom.querySelectorAll('.pa-callout__title, .pa-myth__text')) {
      expect(title.children).toHaveLength(0)
    }
    for (const box of dom.querySelectorAll('.pa-callout')) {
      expect(box.getAttributeNames().sort()).toEqual(['aria-label', 'class', 'role'])
    }
  })

  it('keeps a hostile myth rating out of the class attribute', () => {
    const ratings = [...dom.querySelectorAll('.pa-myth__rating')]
    expect(ratings.map((r) => r.getAttribute('class'))).toEqual([
      'pa-myth__rating pa-myth__rating--wrong',
      'pa-myth__rating pa-myth__rating--unrated',
    ])
  })

  it('refuses notes timings and compare parameters that try to add attributes', () => {
    const notes = dom.querySelector('.pa-notes')!
    expect(notes.hasAttribute('data-minutes')).toBe(false)
    expect(notes.getAttributeNames().sort()).toEqual(['aria-label', 'class', 'role'])
    const embeds = [...dom.querySelectorAll('.pa-compare')]
    expect(embeds.map((e) => e.getAttribute('class'))).toEqual([
      'pa-compare pa-compare--broken',
      'pa-compare pa-compare--broken',
    ])
  })

  it('escapes cross-link labels and leaves malformed targets as text', () => {
    const xrefs = [...dom.querySelectorAll('a.pa-xref')]
    expect(xrefs.map((a) => a.textContent)).toEqual([`"><img src=x onerror=alert('xref-label')>`])
    expect(xrefs[0]!.getAttribute('href')).toBe('#/reference/hormones/oxytocin')
    expect(text).toContain(`[[hormone:oxytocin#"><img src=x onerror=alert('xref-section')>]]`)
    expect(text).toContain(`[[hormone:oxy" onmouseover="alert('xref-id')]]`)
    expect(text).toContain(`[[javascript:alert('xref-kind')]]`)
  })

  it('does not read a key containing quotes as a citation', () => {
    expect(dom.querySelectorAll('sup.pa-cite')).toHaveLength(0)
    expect(text).toContain(`[@key" onmouseover="alert(`)
  })

  it('escapes the short citation and reference route it writes into attributes', () => {
    const { html: cited } = render('Claim [@miller2022].', {
      ...env,
      referencesHref: `#/x" onclick="alert(1)`,
    })
    expect(dangers(cited)).toEqual([])
    const link = parseHtml(cited).querySelector('sup a')!
    expect(link.getAttribute('title')).toBe(`"><script>alert('miller2022')</script>`)
    expect(link.getAttribute('href')).toBe(`#/x" onclick="alert(1)`)
    expect(link.hasAttribute('onclick')).toBe(false)
  })
})

describe('rendering hostile one-line fields (quiz options, table cells)', () => {
  const lines = source.split('\n').filter((line) => line.trim() && !line.startsWith(':::'))

  it.each(lines)('renders %j without anything dangerous', (line) => {
    expect(dangers(renderInline(line, env).html)).toEqual([])
  })
})
