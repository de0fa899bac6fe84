import { describe, expect, it } from 'vitest'
import { parseYamlSource } from '@shared/content/parse/yaml-source'
import { IssueList } from '@shared/content/issues'

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
