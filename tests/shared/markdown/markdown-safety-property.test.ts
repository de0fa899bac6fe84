import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APP_ROUTE_PATTERN } from '@shared/routes'
import { parseExternalLink } from '@shared/links/external-link'
import { markdown as sharedMarkdown } from '@shared/markdown'
import { IssueList } from '@shared/content/issues'
import { Ledger } from '@shared/content/compile/ledger'
import { parseBibliography } from '@shared/content/parse/parse-bibliography'
import { parseSafety } from '@shared/content/parse/parse-safety'
import { safetySources } from '@shared/content/compile-content'
import { compileDocument } from '@shared/content/compile/compile-document'
import { renderInlineTracked } from '@shared/content/compile/render-inline'
import { documentEnv, type CompileContext, type Registry } from '@shared/content/context'
import { FIXTURE_OPTIONS, fixtureFiles } from '../content/fixture-corpus'
import { parseHtml } from './render-fixture'

/*
 * Property: whatever an author (or a damaged file) writes, the content compiler's real
 * pipeline (compileDocument and renderInlineTracked over the env the compiler makes, with the
 * app's markdown-it plugins, cross-links, citations and safety directives expanded from real
 * safety data) produces HTML with no script element, no event-handler attribute,
 * nothing that loads or embeds, and no link outside the app's allow-list: its own hash routes,
 * https and mailto as the external-link policy accepts them. The HTML is read with a real HTML
 * parser (happy-dom), as a browser would read it, not with regular expressions.
 */

/** Elements that run, load, embed or submit something. */
const FORBIDDEN = new Set([
  'SCRIPT',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'IMG',
  'SVG',
  'MATH',
  'STYLE',
  'LINK',
  'META',
  'BASE',
  'FORM',
  'INPUT',
  'BUTTON',
  'VIDEO',
  'AUDIO',
  'SOURCE',
  'TEMPLATE',
])
/** Attributes that hold an address. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster']

function allowedHref(href: string): boolean {
  return APP_ROUTE_PATTERN.test(href) || parseExternalLink(href)?.href === href
}

/** Every way the HTML breaks the rules, as readable findings (empty when safe). */
function dangers(html: string): string[] {
  const found: string[] = []
  for (const element of parseHtml(html).querySelectorAll('*')) {
    if (FORBIDDEN.has(element.tagName)) found.push(`<${element.tagName.toLowerCase()}> element`)
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name)) found.push(`${name} on <${element.tagName.toLowerCase()}>`)
      if (name === 'style') found.push(`style attribute on <${element.tagName.toLowerCase()}>`)
    }
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name)
      if (value === null) continue
      if (name !== 'href' || !allowedHref(value)) found.push(`${name}="${value}"`)
    }
  }
  return found
}

const fixtureText = (path: string) => fixtureFiles.find((f) => f.path === path)!.text
const { bibliography } = parseBibliography(
  { file: 'bibliography.yaml', text: fixtureText('bibliography.yaml') },
  'bibliography.yaml',
  new IssueList(),
)
const SAFETY = parseSafety(
  safetySources(
    ['urgency-tiers', 'red-flags', 'medicines'].map((name) => ({
      file: `${name}.yaml`,
      name,
      text: fixtureText(`${name}.yaml`),
    })),
  ),
  (path) => path,
  new IssueList(),
)

/** The compiler's context over the fixture corpus's data, with every entry titled `title`. */
function context(title: string): CompileContext {
  const titled = (...ids: string[]) => new Map(ids.map((id) => [id, { title, summary: title }]))
  const registry: Registry = {
    topics: titled('leg-cramps'),
    hormones: titled('oxytocin'),
    conditions: titled('muscle-cramp'),
    comparisons: titled('cramp-table'),
  }
  const issues = new IssueList()
  return {
    issues,
    ledger: new Ledger(),
    bibliography,
    registry,
    safety: SAFETY,
    options: FIXTURE_OPTIONS,
  }
}
const DIRECTIVES = [
  `::: red-flags\n${[...SAFETY.flags.keys()].join('\n')}\n:::`,
  `::: cautions ${[...SAFETY.medicines.keys()].join(' ')}\n:::`,
]

/** Everything the compiler renders from a module body and from one inline text. */
function compiled(body: string, inlineText: string, title: string): string {
  const ctx = context(title)
  const env = documentEnv(ctx, '#/modules/leg-cramps/references')
  const sections = compileDocument(
    {
      file: 'fx/topics/x.md',
      body: `## Physiology\n\n${body}`,
      bodyFirstLine: 1,
      env,
      issues: ctx.issues,
    },
    { required: [], allowExtra: () => true },
  )
  const html = sections.flatMap(({ section }) => [
    ...section.blocks.flatMap((b) => ('html' in b ? [b.html] : [])),
    section.notes?.html ?? '',
  ])
  // A patient handout's env prints cautions in plain words, through other code.
  const patient = documentEnv(ctx, undefined, 'patient')
  html.push(sharedMarkdown().render(body, patient))
  html.push(renderInlineTracked(inlineText, env).html)
  return html.join('\n')
}

const SCHEMES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&#58;alert(1)',
  ' javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'smb://host/share',
  'vscode://file/x',
  'ms-settings:privacy',
  '//evil.example/x',
  'http://example.org/',
  'https://www.nice.org.uk/guidance/ng73',
  'https://user:pw@example.org/',
  'mailto:team@example.org',
  'mailto:a@example.org?bcc=b@example.org',
  'app://atlas/index.html',
  '#/modules/leg-cramps',
  '#/modules/../../x',
  '#top',
  '',
]
const TAGS = ['script', 'img', 'iframe', 'svg', 'a', 'div', 'style', 'form', 'object', 'math']
const EVENTS = ['onload', 'onerror', 'onclick', 'onmouseover', 'ONFOCUS', 'onanimationstart']

const scheme = fc.constantFrom(...SCHEMES)
const text = fc.string({ maxLength: 20 })
const word = fc.stringMatching(/^[a-z][a-z-]{0,10}$/)
const rawHtml = fc
  .record({
    tag: fc.constantFrom(...TAGS),
    event: fc.constantFrom(...EVENTS),
    url: scheme,
    body: text,
    quote: fc.constantFrom('"', "'", ''),
  })
  .map(
    ({ tag, event, url, body, quote: q }) =>
      `<${tag} ${event}=${q}alert(1)${q} href=${q}${url}${q} src=${q}${url}${q}>${body}</${tag}>`,
  )
const inline = fc.oneof(
  text,
  rawHtml,
  fc.tuple(text, scheme).map(([label, url]) => `[${label}](${url})`),
  fc.tuple(text, scheme).map(([label, url]) => `[${label}](<${url}> "t")`),
  scheme.map((url) => `<${url}>`),
  fc.tuple(text, scheme).map(([label, url]) => `![${label}](${url})`),
  fc
    .tuple(text, fc.constantFrom(...EVENTS), scheme)
    .map(([t, e, url]) => `*${t}*{${e}=alert(1) href=${url}}`),
  fc
    .tuple(fc.constantFrom('module', 'hormone', 'condition', 'compare', 'evil'), word, text)
    .map(([kind, id, label]) => `[[${kind}:${id}|${label}]]`),
  fc.constantFrom('[[hormone:oxytocin]]', '[@miller2022]', '[@unknown-key]', '`<script>`'),
)
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '))
const CONTAINERS = [
  'pearl',
  'key-point',
  'red-flag',
  'myth wrong',
  'myth nonsense',
  'notes 2',
  'red-flags',
  'cautions',
  'compare cramp-table',
  'compare cramp-table rows=a,b',
  'unknown',
]

/** Blocks, with `:::` containers nested inside each other to `depth`. */
const block: fc.Memo<string> = fc.memo((depth) =>
  fc.oneof(
    { depthSize: 'small' },
    line,
    line.map((l) => `## ${l}`),
    line.map((l) => `### ${l}`),
    line.map((l) => `- ${l}\n- ${l}`),
    line.map((l) => `| a | ${l} |\n| --- | --- |\n| ${l} | b |`),
    fc.tuple(text, scheme).map(([id, url]) => `[${id || 'r'}]: ${url}\n\n[x][${id || 'r'}]`),
    rawHtml,
    fc.constantFrom(...DIRECTIVES),
    fc
      .tuple(
        fc.constantFrom(...CONTAINERS),
        text,
        fc.array(depth > 0 ? block(depth - 1) : line, { maxLength: 3 }),
        fc.integer({ min: 3, max: 5 }),
      )
      .map(
        ([name, params, inner, colons]) =>
          `${':'.repeat(colons)} ${name} ${params}\n${inner.join('\n\n')}\n${':'.repeat(colons)}`,
      ),
  ),
)
const markdown = fc.array(block(3), { minLength: 1, maxLength: 6 }).map((b) => b.join('\n\n'))

describe('any Markdown, compiled by the content pipeline, renders to safe HTML (property)', () => {
  it('the check itself finds what it must', () => {
    expect(dangers('<p><script>x</script><a href="javascript:x" onclick="y">a</a></p>')).toEqual([
      '<script> element',
      'onclick on <a>',
      'href="javascript:x"',
    ])
    expect(dangers('<a href="https://www.nice.org.uk/">n</a><a href="#/modules/x">m</a>')).toEqual(
      [],
    )
  })

  it('has no script, event handler, embedded resource or link outside the allow-list', () => {
    fc.assert(
      fc.property(markdown, line, fc.string({ maxLength: 40 }), (body, inlineText, title) => {
        expect(dangers(compiled(body, inlineText, title))).toEqual([])
      }),
      { numRuns: 100 },
    )
  }, 60_000)

  it('expands what it is given (so the property is not vacuous)', () => {
    const html = compiled(
      `${DIRECTIVES.join('\n\n')}\n\n[[hormone:oxytocin]] [@miller2022] [n](https://www.nice.org.uk/)`,
      '[[condition:muscle-cramp]]',
      'Title',
    )
    const dom = parseHtml(html)
    expect(dom.querySelectorAll('.pa-tier').length).toBeGreaterThan(0)
    expect(dom.querySelector('a[data-xref="hormone:oxytocin"]')!.textContent).toBe('Title')
    expect(dom.querySelector('a[href="https://www.nice.org.uk/"]')).not.toBeNull()
    expect(dom.querySelector('sup')).not.toBeNull()
  })
})
