import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isNode, LineCounter, parseDocument, stringify, type ToStringOptions } from 'yaml'
import { parseYamlSource } from '@shared/content/parse/yaml-source'
import { IssueList } from '@shared/content/issues'
import { yamlData } from './yaml-arbitraries'

const yaml = `id: leg-cramps
title: Leg cramps
tags:
  - cramp
  - sex
help:
  emergency: [Collapse, Chest pain]
  today:
    - Fever
items:
  - { item: 1, score: 1 }
  - item: 2
    score: 0
`

describe('parseYamlSource', () => {
  const issues = new IssueList()
  const source = parseYamlSource(yaml, 'f.yaml', 1, issues)

  it('parses the data', () => {
    expect(issues.items).toEqual([])
    expect(source.data).toMatchObject({ id: 'leg-cramps', tags: ['cramp', 'sex'] })
  })

  it.each([
    [['id'], 1],
    [['title'], 2],
    [['tags'], 4],
    [['tags', 1], 5],
    [['help', 'emergency', 1], 7],
    [['help', 'today', 0], 9],
    [['items', 0, 'score'], 11],
    [['items', 1], 12],
    [['items', 1, 'score'], 13],
  ] as const)('gives the line of %j as %i', (path, line) => {
    expect(source.lineOf(path)).toBe(line)
  })

  it('falls back to the nearest present ancestor for a missing path', () => {
    expect(source.lineOf(['items', 1, 'note'])).toBe(12)
    expect(source.lineOf(['help', 'appointment'])).toBe(7)
    expect(source.lineOf(['summary'])).toBe(1)
  })

  it('offsets lines by the line the YAML starts on (front matter starts on line 2)', () => {
    const front = parseYamlSource(yaml, 'f.md', 2, new IssueList())
    expect(front.lineOf(['title'])).toBe(3)
    expect(front.lineOf(['missing'])).toBe(2)
  })

  it('reports a syntax error as a yaml issue and returns no data', () => {
    const errors = new IssueList()
    const broken = parseYamlSource('id: a\ntitle: [unclosed\n', 'f.yaml', 1, errors)
    expect(broken.data).toBeNull()
    expect(errors.items).not.toHaveLength(0)
    expect(errors.items[0]).toMatchObject({ file: 'f.yaml', field: 'yaml' })
    expect(errors.items[0]!.message).toContain('(check indentation and quoting)')
  })

  // Regression (fixed; src/shared/content/parse/yaml-source.ts): with `prettyErrors: false` yaml does not set
  // `linePos`, so the error is placed on `firstLine` instead of the line of the mistake.
  it('reports a syntax error on the line of the mistake', () => {
    const errors = new IssueList()
    parseYamlSource('id: a\ntags: [x]\ntitle: Leg: cramps\n', 'f.md', 2, errors)
    expect(errors.items.map((i) => i.line)).toEqual([4])
  })
})

/** The lines as the YAML library's own document finds them: `getIn`, shortening the path. */
function documentLineOf(text: string, path: readonly PropertyKey[], firstLine: number): number {
  const counter = new LineCounter()
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false })
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1
  }
  return firstLine
}

/** Every path into `value`, with a step past each end and a missing key or index beside it. */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const paths = [prefix, [...prefix, 'missing'], [...prefix, 7], [...prefix, '0']]
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]))
  return paths
}

describe('parseYamlSource lines', () => {
  // The source keeps only a tree of lines, not the document: for any YAML and any path, the
  // line must be the one the document itself gives.
  it('are the lines the YAML document gives, for any YAML and path', () => {
    const key = fc.constantFrom('id', 'title', 'items', 'help', 'a', 'b', '1', 'x y')
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    )
    const value = yamlData(key, scalar)
    const style: fc.Arbitrary<ToStringOptions> = fc.record({
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      indentSeq: fc.boolean(),
    })
    fc.assert(
      fc.property(value, style, fc.constantFrom(1, 2), (data, options, firstLine) => {
        const text = stringify({ root: data, after: [1, 2] }, options)
        const source = parseYamlSource(text, 'f.yaml', firstLine, new IssueList())
        for (const path of pathsOf(source.data))
          expect(source.lineOf(path)).toBe(documentLineOf(text, path, firstLine))
      }),
      { numRuns: 200 },
    )
  })

  it('are the document’s for repeated keys, flow pairs, aliases, empty values and an empty file', () => {
    const texts = [
      'a: 1\na: 2\nb:\n  - x\n  - [p: 1, q]\n',
      'a: &x\n  - 1\n  - 2\nb: *x\nc:\nd: { e: , f: [1, 2] }\n',
      '- 1\n- a: 1\n  b:\n    - 2\n',
      '',
      'just a scalar',
    ]
    const paths: PropertyKey[][] = [
      [],
      ['a'],
      ['a', 0],
      ['a', 1],
      ['b'],
      ['b', 0],
      ['b', 1, 0],
      ['b', 1, 'p'],
      ['b', 1, 1],
      ['b', '1'],
      ['c'],
      ['d', 'e'],
      ['d', 'f', 1],
      [0],
      [1, 'b', 0],
      ['1', 'a'],
      [-1],
      ['1.5'],
    ]
    for (const text of texts) {
      const source = parseYamlSource(text, 'f.yaml', 2, new IssueList())
      for (const path of paths) expect(source.lineOf(path)).toBe(documentLineOf(text, path, 2))
    }
  })
})
