import { describe, expect, it } from 'vitest'
import { isAllowedHref } from '@shared/markdown'
import { parseHtml, readFixture, render } from './render-fixture'

const source = readFixture('safe-links')

describe('link allow-list', () => {
  const { html } = render(source)
  const dom = parseHtml(html)
  const links = [...dom.querySelectorAll('a')]
  const byText = (text: string) => links.find((a) => a.textContent === text)

  it('renders https, mailto and app-route links, and nothing else', () => {
    expect(links.map((a) => a.textContent)).toEqual([
      'secure site',
      'shouting',
      'write to us',
      'mailto:team@example.org',
      'https://example.org/auto',
      'a module section',
      'the library',
    ])
  })

  it('marks external links so the app opens them only after confirming', () => {
    for (const text of ['secure site', 'shouting', 'write to us', 'https://example.org/auto']) {
      const link = byText(text)!
      expect(link.getAttribute('class')).toBe('pa-external')
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    }
    expect(byText('secure site')!.getAttribute('href')).toBe(
      'https://www.nice.org.uk/guidance/ng73',
    )
  })

  it('leaves app routes as plain in-app links', () => {
    const section = byText('a module section')!
    expect(section.getAttribute('href')).toBe('#/modules/leg-cramps/red-flags')
    expect(section.hasAttribute('class')).toBe(false)
    expect(section.hasAttribute('rel')).toBe(false)
  })

  it('keeps refused links as the text the author wrote', () => {
    const text = dom.textContent!
    for (const written of [
      '[plain web](http://example.org)',
      '[protocol-relative](//example.org/x)',
      '[relative](docs/secrets.txt)',
      '[credentials](https://user:pass@example.org)',
      '[user only](https://example.org@evil.example)',
      '[bad route](#/modules/Leg_Cramps)',
      '[hash only](#top)',
    ]) {
      expect(text).toContain(written)
    }
  })

  // Regression (fixed; markdown-it behaviour not covered by src/shared/markdown/safe-links.ts): an empty
  // destination "[text]()" fails validateLink, but markdown-it still emits the link with
  // href="", which reloads the current page instead of staying plain text.
  it('keeps a link with an empty destination as text', () => {
    const { html: empty } = render('[empty]()')
    expect(empty).not.toContain('href=""')
    expect(parseHtml(empty).textContent).toContain('[empty]()')
  })
})

describe('isAllowedHref', () => {
  it.each([
    'https://www.nice.org.uk/guidance/ng73',
    'HTTPS://EXAMPLE.ORG',
    ' https://example.org/padded ',
    'https://example.org:8443/a?b=c#d',
    'mailto:team@example.org',
    '#/',
    '#/modules/cramps-after-sex',
    '#/modules/cramps-after-sex/red-flags',
    '#/reference/hormones/oxytocin',
  ])('allows %s', (href) => {
    expect(isAllowedHref(href)).toBe(true)
  })

  it.each([
    '',
    'http://example.org',
    '//example.org',
    'https:example.org',
    'https:/example.org',
    'https://',
    'https://user:pass@example.org',
    'https://user@example.org',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'smb://host/share',
    'vscode://file/x',
    'ms-settings:privacy',
    'mailto:',
    'mailto:no-at-sign',
    'mailto:a@b.com/../x',
    '#top',
    '#/modules/Leg_Cramps',
    '#/modules//double',
    '#/modules/x/',
    '../relative',
    '/absolute',
  ])('refuses %j', (href) => {
    expect(isAllowedHref(href)).toBe(false)
  })
})
