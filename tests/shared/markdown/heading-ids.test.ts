import { describe, expect, it } from 'vitest'
import { createEnv, markdown } from '@shared/markdown'
import { lineOf, parseHtml, readFixture, render } from './render-fixture'

const source = readFixture('headings')

const ids = (html: string): string[] =>
  [...parseHtml(html).querySelectorAll('h1, h2, h3, h4')].map((h) => h.getAttribute('id') ?? '')

describe('heading ids', () => {
  it('gives every heading an id with the default "pa-" prefix', () => {
    const { html } = render(source)
    expect(ids(html)).toEqual([
      'pa-red-flags',
      'pa-emergency-now',
      'pa-red-flags-2',
      'pa-crampes-musculaires-a-l-effort',
      'pa-section',
      'pa-emergency-now-2',
    ])
  })

  it('uses the env prefix so content ids cannot clash with app ids', () => {
    const { html } = render(source, { idPrefix: 'mod-leg-cramps-' })
    expect(ids(html)[0]).toBe('mod-leg-cramps-red-flags')
    expect(ids(html).every((id) => id.startsWith('mod-leg-cramps-'))).toBe(true)
  })

  it('records each heading in env.headings with level, unprefixed slug, text and 0-based line', () => {
    const { env } = render(source)
    expect(env.headings).toEqual([
      { level: 2, slug: 'red-flags', title: 'Red flags', line: 0 },
      {
        level: 3,
        slug: 'emergency-now',
        title: 'Emergency now',
        line: lineOf(source, '### Emergency'),
      },
      { level: 2, slug: 'red-flags-2', title: 'Red flags', line: 6 },
      {
        level: 2,
        slug: 'crampes-musculaires-a-l-effort',
        title: 'Crampes musculaires à l’effort',
        line: lineOf(source, 'Crampes'),
      },
      { level: 2, slug: 'section', title: '???', line: lineOf(source, '???') },
      { level: 3, slug: 'emergency-now-2', title: 'Emergency now', line: 12 },
    ])
  })

  it('keeps de-duplicating across several renders that share one env', () => {
    const env = createEnv()
    markdown().render('## Management', env)
    const second = markdown().render('## Management\n\n## Management', env)
    expect(ids(second)).toEqual(['pa-management-2', 'pa-management-3'])
    expect(env.usedSlugs).toEqual(new Set(['management', 'management-2', 'management-3']))
  })

  it('leaves citation numbers out of the heading text and slug', () => {
    const { html, env } = render('## Stretching helps [@miller2022]')
    expect(env.headings[0]).toMatchObject({ slug: 'stretching-helps', title: 'Stretching helps' })
    expect(ids(html)).toEqual(['pa-stretching-helps'])
  })

  it('includes a resolved cross-link label in the heading text and slug', () => {
    const { html, env } = render('## About [[hormone:oxytocin]]', {
      resolveXref: () => ({ label: 'Oxytocin' }),
    })
    expect(env.headings[0]).toMatchObject({ slug: 'about-oxytocin', title: 'About Oxytocin' })
    expect(ids(html)).toEqual(['pa-about-oxytocin'])
  })

  // Regression (fixed; src/shared/markdown/plugins/cross-links.ts): when a cross-link has no resolved label
  // (no resolver, or an unknown target), `meta.label` is '' and the heading plugin reads it, so
  // the heading's slug and recorded title drop the words the reader sees ("About Nope").
  it('includes the words of an unresolved cross-link in the heading text and slug', () => {
    const { html, env } = render('## About [[hormone:nope]]', { resolveXref: () => null })
    expect(parseHtml(html).querySelector('h2')?.textContent).toBe('About Nope')
    expect(env.headings[0]).toMatchObject({ slug: 'about-nope', title: 'About Nope' })
  })
})
