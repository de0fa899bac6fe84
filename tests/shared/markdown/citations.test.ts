import { describe, expect, it } from 'vitest'
import { createEnv, markdown } from '@shared/markdown'
import { lineOf, parseHtml, readFixture, render, renderInline } from './render-fixture'

const source = readFixture('citations')
const REFERENCES = '#/modules/leg-cramps/references'
const known = (key: string) => (key === 'missing2024' ? null : { short: `${key} 2020` })

/** The reference numbers (or "?key" for unknown keys) of each citation group, in order. */
function groups(html: string): string[][] {
  return [...parseHtml(html).querySelectorAll('sup.pa-cite')].map((sup) =>
    [...sup.children].map((c) => c.getAttribute('data-ref') ?? c.textContent ?? ''),
  )
}

describe('citations', () => {
  const { html, env } = render(source, { referencesHref: REFERENCES, resolveCitation: known })

  it('numbers keys in order of first use and reuses the number for a key cited again', () => {
    expect(env.citations).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
    expect(groups(html)).toEqual([
      ['1'],
      ['1', '2'],
      ['2'],
      ['1', '3', '4'],
      ['1', '?missing2024'],
      ['5'],
      ['1'],
      ['1'],
    ])
  })

  it('shows the numbers of a group in ascending order, whatever order they were written in', () => {
    const group = parseHtml(html).querySelectorAll('sup.pa-cite')[3]!
    expect([...group.children].map((c) => c.getAttribute('data-cite'))).toEqual([
      'alpha',
      'gamma',
      'delta',
    ])
    expect(group.textContent).toBe('1,3,4')
  })

  it('links each number to the document reference list with a label and the short citation', () => {
    const first = parseHtml(html).querySelector('sup.pa-cite a')!
    expect(first.getAttribute('href')).toBe(REFERENCES)
    expect(first.getAttribute('aria-label')).toBe('Reference 1')
    expect(first.getAttribute('title')).toBe('alpha 2020')
    expect(first.getAttribute('data-cite')).toBe('alpha')
    expect(first.textContent).toBe('1')
  })

  it('renders numbers without a link when the document has no reference list', () => {
    const { html: plain } = render('Claim [@alpha].', { resolveCitation: known })
    const dom = parseHtml(plain)
    expect(dom.querySelector('sup.pa-cite a')).toBeNull()
    expect(dom.querySelector('sup.pa-cite span')!.getAttribute('data-ref')).toBe('1')
  })

  it('marks an unknown key instead of numbering it', () => {
    const unknown = parseHtml(html).querySelector('.pa-cite__unknown')!
    expect(unknown.textContent).toBe('?missing2024')
    expect(unknown.tagName).toBe('SPAN')
    expect(env.citations).not.toContain('missing2024')
  })

  it('numbers every key when there is no resolver (a plain preview)', () => {
    const { env: preview } = render('Claim [@missing2024; @alpha].')
    expect(preview.citations).toEqual(['missing2024', 'alpha'])
  })

  it('drops the space before a citation so the number sits on the word', () => {
    expect(html).toContain('First claim<sup class="pa-cite">')
    const paragraphs = [...parseHtml(html).querySelectorAll('p')]
    expect(paragraphs.at(-1)!.textContent).toBe('Spaces before1   stay after.')
  })

  it('records every cited key with the 0-based line it was written on, table cells included', () => {
    expect(
      env.links.map((l) => ({
        type: l.type,
        key: l.type === 'citation' ? l.key : '',
        line: l.line,
      })),
    ).toEqual([
      { type: 'citation', key: 'alpha', line: 0 },
      { type: 'citation', key: 'beta', line: 2 },
      { type: 'citation', key: 'alpha', line: 2 },
      { type: 'citation', key: 'beta', line: 2 },
      { type: 'citation', key: 'gamma', line: 4 },
      { type: 'citation', key: 'alpha', line: 4 },
      { type: 'citation', key: 'delta', line: 4 },
      { type: 'citation', key: 'missing2024', line: 6 },
      { type: 'citation', key: 'alpha', line: 6 },
      { type: 'citation', key: 'epsilon', line: lineOf(source, 'Table claim') },
      { type: 'citation', key: 'alpha', line: lineOf(source, 'Another row') },
      { type: 'citation', key: 'alpha', line: lineOf(source, 'Spaces before') },
    ])
  })

  it('records the sentence each citation supports, so checks can read the claim', () => {
    const { env: claims } = render(
      'Sex is moderate activity [@frappier]. No study has measured this [@review]. *Heat* helps [@jo; @dawood].',
    )
    expect(claims.links.map((l) => (l.type === 'citation' ? [l.key, l.claim] : []))).toEqual([
      ['frappier', 'Sex is moderate activity'],
      ['review', 'No study has measured this'],
      ['jo', 'Heat helps'],
      ['dawood', 'Heat helps'],
    ])
  })

  it('continues the numbering across renders that share an env (a module and its quiz)', () => {
    const shared = createEnv({ resolveCitation: known })
    markdown().render('Module text [@alpha] and [@beta].', shared)
    const quiz = markdown().renderInline('Because [@gamma; @beta].', shared)
    expect(groups(quiz)).toEqual([['2', '3']])
    expect(shared.citations).toEqual(['alpha', 'beta', 'gamma'])
  })

  it('escapes the short citation it puts in the title attribute', () => {
    const { html: hostile } = renderInline('Claim [@alpha].', {
      resolveCitation: () => ({ short: '"><img src=x onerror=alert(1)>' }),
      referencesHref: '#/x" onclick="alert(1)',
    })
    expect(hostile).not.toContain('<img')
    const link = parseHtml(hostile).querySelector('sup a')!
    expect(link.getAttribute('title')).toBe('"><img src=x onerror=alert(1)>')
    expect(link.getAttribute('href')).toBe('#/x" onclick="alert(1)')
    expect(link.hasAttribute('onclick')).toBe(false)
  })

  it.each(['[@ alpha]', '[see @alpha]', '[@alpha', '[@-alpha]', '[@alpha, @beta]', '[@al"pha]'])(
    'leaves "%s" as text',
    (text) => {
      const { html: out, env: textEnv } = renderInline(text)
      expect(out).not.toContain('pa-cite')
      expect(textEnv.links).toEqual([])
    },
  )
})
