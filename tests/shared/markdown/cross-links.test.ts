import { describe, expect, it } from 'vitest'
import { parseXref, type XrefTarget } from '@shared/markdown'
import { lineOf, parseHtml, readFixture, render, renderInline } from './render-fixture'

const source = readFixture('cross-links')

const LABELS: Record<string, string> = {
  'hormone:oxytocin': 'Oxytocin',
  'condition:muscle-cramp': 'Exercise-associated muscle cramp',
  'module:leg-cramps': 'Leg cramps after sex',
  'compare:cramp-table': 'Cramp and its mimics',
}
const resolveXref = (target: XrefTarget) => {
  const label = LABELS[`${target.kind}:${target.id}`]
  return label ? { label, summary: `About ${label}` } : null
}

const anchors = (html: string) =>
  [...parseHtml(html).querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    class: a.getAttribute('class'),
    xref: a.getAttribute('data-xref'),
    text: a.textContent,
  }))

describe('cross-links', () => {
  const { html, env } = render(source, { resolveXref })
  const dom = parseHtml(html)

  it('links known targets to app routes, labelled from the library or the author', () => {
    expect(anchors(html)).toEqual([
      {
        href: '#/reference/hormones/oxytocin',
        class: 'pa-xref pa-xref--hormone',
        xref: 'hormone:oxytocin',
        text: 'Oxytocin',
      },
      {
        href: '#/reference/conditions/muscle-cramp',
        class: 'pa-xref pa-xref--condition',
        xref: 'condition:muscle-cramp',
        text: 'cramp that hurts',
      },
      {
        href: '#/modules/leg-cramps/red-flags',
        class: 'pa-xref pa-xref--module',
        xref: 'module:leg-cramps',
        text: 'Leg cramps after sex',
      },
      {
        href: '#/compare/cramp-table',
        class: 'pa-xref pa-xref--compare',
        xref: 'compare:cramp-table',
        text: 'Cramp and its mimics',
      },
      {
        href: '#/reference/hormones/oxytocin',
        class: 'pa-xref pa-xref--hormone',
        xref: 'hormone:oxytocin',
        text: 'Oxytocin',
      },
      {
        href: '#/reference/conditions/muscle-cramp',
        class: 'pa-xref pa-xref--condition',
        xref: 'condition:muscle-cramp',
        text: 'cramp',
      },
    ])
  })

  it('renders an unknown target as a broken marker, not a link', () => {
    const broken = [...dom.querySelectorAll('.pa-xref--broken')]
    expect(broken).toHaveLength(1)
    expect(broken[0]!.tagName).toBe('SPAN')
    expect(broken[0]!.textContent).toBe('Unknownin')
    expect(broken[0]!.hasAttribute('href')).toBe(false)
  })

  it('leaves malformed targets as the text the author wrote', () => {
    const malformed = [...dom.querySelectorAll('p')].find((p) =>
      p.textContent!.startsWith('Malformed'),
    )!
    expect(malformed.textContent).toBe(
      'Malformed: [[Hormone:Oxytocin]], [[gland:thyroid]] and [[hormone:]].',
    )
    expect(malformed.children).toHaveLength(0)
  })

  it('records every cross-link with its 0-based line, table cells and malformed ones included', () => {
    expect(env.links).toEqual([
      { type: 'xref', target: { kind: 'hormone', id: 'oxytocin' }, line: 0 },
      { type: 'xref', target: { kind: 'condition', id: 'muscle-cramp' }, line: 0 },
      {
        type: 'xref',
        target: { kind: 'module', id: 'leg-cramps', section: 'red-flags' },
        line: 2,
      },
      { type: 'xref', target: { kind: 'compare', id: 'cramp-table' }, line: 2 },
      { type: 'xref', target: { kind: 'hormone', id: 'unknownin' }, line: 4 },
      // A malformed target keeps what was written as its kind, so validation can quote it.
      { type: 'xref', target: { kind: 'Hormone:Oxytocin', id: '' }, line: 6 },
      { type: 'xref', target: { kind: 'gland:thyroid', id: '' }, line: 6 },
      { type: 'xref', target: { kind: 'hormone:', id: '' }, line: 6 },
      {
        type: 'xref',
        target: { kind: 'hormone', id: 'oxytocin' },
        line: lineOf(source, '| First'),
      },
      {
        type: 'xref',
        target: { kind: 'condition', id: 'muscle-cramp' },
        line: lineOf(source, '| Second'),
      },
    ])
  })

  it('links with a readable label made from the id when there is no resolver', () => {
    const { html: preview } = renderInline(
      '[[condition:muscle-cramp]] and [[hormone:beta-endorphin]]',
    )
    expect(anchors(preview).map((a) => a.text)).toEqual(['Muscle cramp', 'Beta endorphin'])
    expect(parseHtml(preview).querySelector('.pa-xref--broken')).toBeNull()
  })

  it('escapes labels from the author and from the library', () => {
    const { html: hostile } = renderInline(
      '[[hormone:oxytocin|"><img src=x onerror=alert(1)>]] [[condition:muscle-cramp]]',
      { resolveXref: () => ({ label: '<b onmouseover="alert(1)">Cramp</b>' }) },
    )
    expect(hostile).not.toContain('<img')
    expect(hostile).not.toContain('<b')
    const links = parseHtml(hostile).querySelectorAll('a')
    expect(links[0]!.textContent).toBe('"><img src=x onerror=alert(1)>')
    expect(links[1]!.textContent).toBe('<b onmouseover="alert(1)">Cramp</b>')
    expect(links[0]!.getAttributeNames().sort()).toEqual(['class', 'data-xref', 'href'])
  })
})

describe('parseXref', () => {
  it('reads kind, id, section and label', () => {
    expect(parseXref('module:cramps-after-sex#red-flags|the red flags')).toEqual({
      target: { kind: 'module', id: 'cramps-after-sex', section: 'red-flags' },
      label: 'the red flags',
    })
    expect(parseXref(' hormone:oxytocin ')).toEqual({ target: { kind: 'hormone', id: 'oxytocin' } })
  })

  it('keeps a pipe that is part of the label', () => {
    expect(parseXref('condition:x|a | b')?.label).toBe('a | b')
  })

  it.each([
    'gland:thyroid',
    'Hormone:oxytocin',
    'hormone:Oxytocin',
    'hormone:',
    'hormone:oxy--tocin',
    'hormone:oxytocin#',
    'module:x#Red-Flags',
    'hormone:oxy"tocin',
    'javascript:alert(1)',
  ])('refuses the malformed target "%s"', (body) => {
    expect(parseXref(body)).toBeNull()
  })
})
