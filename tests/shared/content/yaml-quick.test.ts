import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify, type ToStringOptions } from 'yaml'
import { quickYaml } from '@shared/content/parse/yaml-quick'
import { parseWithPositions } from '@shared/content/parse/yaml-source'
import { splitFrontMatter } from '@shared/content/parse/front-matter'
import { IssueList } from '@shared/content/issues'
import { yamlData } from './yaml-arbitraries'
import { readContentFiles } from '../../../src/main/content/read-content-files'

const CONTENT = resolve(import.meta.dirname, '../../../resources/content')

/** What the `yaml` package reads: data (null on errors), lines, and whether it found errors. */
function slow(text: string) {
  const issues = new IssueList()
  const { data, lines } = parseWithPositions(text, 'f.yaml', 1, issues)
  return { data, lines, errors: issues.items.length }
}

/** Every YAML text of the content: whole .yaml files and Markdown files' front matter. */
async function contentYaml(): Promise<{ path: string; text: string }[]> {
  return (await readContentFiles(CONTENT)).flatMap(({ path, text }) => {
    if (path.endsWith('.yaml')) return [{ path, text }]
    const split = splitFrontMatter(text, path, new IssueList())
    return split ? [{ path, text: split.yaml }] : []
  })
}

describe('reading YAML the quick way', () => {
  it('reads every YAML text of the content, with the data and lines the yaml package gives', async () => {
    const sources = await contentYaml()
    expect(sources.length).toBeGreaterThan(50)
    for (const { path, text } of sources) {
      const quick = quickYaml(text)
      // Not taken, the build would be as slow as before: the content must stay on this path.
      expect(quick, `${path} fell back to the yaml package`).not.toBeNull()
      const { data, lines } = slow(text)
      expect(quick!.data, path).toEqual(data)
      expect(quick!.lines, path).toEqual(lines)
    }
  })

  it('gives the same data and lines as the yaml package for YAML written in any style, or stands aside', () => {
    const key = fc.constantFrom('id', 'title', 'items', 'a', 'b', 'x y', 'rows', '1', 'true', '')
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('two\nlines', 'trailing\n', '  indented', '# not a comment', 'a: b', '- x'),
      fc.constantFrom(
        '1_000',
        '0o17',
        '0x1F',
        '+.5',
        '-0',
        '.inf',
        '.NaN',
        'Null',
        'TRUE',
        '~',
        '1e400',
      ),
    )
    const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null))
    const value = yamlData(key, scalar)
    const style: fc.Arbitrary<ToStringOptions> = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      defaultStringType: fc.constantFrom(
        'PLAIN',
        'QUOTE_DOUBLE',
        'QUOTE_SINGLE',
        'BLOCK_LITERAL',
        'BLOCK_FOLDED',
      ),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      lineWidth: fc.constantFrom(0, 20, 80),
    })
    let taken = 0
    fc.assert(
      fc.property(value, style, (data, options) => {
        const yaml = stringify({ root: data, after: ['x', { y: 'z' }] }, options)
        const quick = quickYaml(yaml)
        const expected = slow(yaml)
        if (!quick) return
        taken++
        expect(expected.errors).toBe(0)
        expect(quick.data).toEqual(expected.data)
        expect(quick.lines).toEqual(expected.lines)
      }),
      { numRuns: 300 },
    )
    // Standing aside every time would pass the property and test nothing.
    expect(taken).toBeGreaterThan(100)
  })

  it('never reads what the yaml package refuses (a file with a mistake keeps its message)', () => {
    const base = [
      'id: leg-cramps\ntitle: "Leg cramps"\nitems:\n  - a\n  - { b: 1, c: [2, 3] }\n',
      'text: |\n  two\n  lines\nnext: >-\n  folded\n  text\n',
      "q:\n  - stem: 'Which?'\n    options:\n      - text: A\n        correct: true\n",
    ]
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.integer({ min: 0, max: 3 }),
      insert: fc.constantFrom(
        '',
        ':',
        '"',
        "'",
        '- ',
        '\n',
        '  ',
        '\t',
        '{',
        ']',
        '#',
        '&a ',
        '*a',
        '!x ',
        '? ',
      ),
    })
    fc.assert(
      fc.property(
        fc.constantFrom(...base),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (text, edits) => {
          let yaml = text
          for (const { at, remove, insert } of edits) {
            const i = at % (yaml.length + 1)
            yaml = yaml.slice(0, i) + insert + yaml.slice(i + remove)
          }
          const expected = slow(yaml)
          const quick = quickYaml(yaml)
          if (expected.errors) expect(quick, JSON.stringify(yaml)).toBeNull()
          else if (quick) {
            expect(quick.data).toEqual(expected.data)
            expect(quick.lines).toEqual(expected.lines)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })

  it.each([
    ['an anchor and alias', 'a: &x [1]\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty file', ''],
    ['a number as a key', '1: one\n'],
    ['a __proto__ key', '__proto__: x\n'],
    ['a syntax error', 'a: "open\n'],
    ['a number too large', 'a: 1e400\n'],
    ['a tab', 'a:\t1\n'],
  ])('leaves %s to the yaml package', (_name, text) => {
    expect(quickYaml(text)).toBeNull()
  })

  it('gives a block scalar the line of its header, as the yaml package does', () => {
    const yaml = 'a: 1\nnote: |\n\n  starts after a blank line\nlast: >\n  folded\n'
    const quick = quickYaml(yaml)
    expect(quick?.lines?.keys?.get('note')?.line).toBe(2)
    expect(quick?.lines?.keys?.get('last')?.line).toBe(5)
    expect(quick?.lines).toEqual(slow(yaml).lines)
  })
})
