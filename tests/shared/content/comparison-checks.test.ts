import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn, withFile } from './fixture-corpus'

const TABLE = 'comparisons/cramp-table.yaml'
const MATRIX = 'comparisons/presentations.yaml'
const tableLine = (needle: string) => lineIn(fixtureFiles, TABLE, needle)
const editTable = (from: string, to: string) => compile(edit(fixtureFiles, TABLE, from, to)).issues

const matrix = `id: presentations
title: Causes by presentation
description: Where each cause is taught.
kind: matrix
rowHeader: Cause
rowNoun: causes
columns:
  - { id: leg, label: Leg cramps, type: presence, module: leg-cramps }
rows:
  - id: cramp
    label: Muscle cramp
    ref: condition:muscle-cramp
    cells:
      leg: { level: common, section: causes-and-differential-diagnosis, note: After exertion }
  - id: weakness
    label: Progressive weakness
    cells:
      leg: { level: rare, section: same-day }
  - id: anxiety
    label: Anxiety
    cells: {}
sources: [miller2022]
`
const withMatrix = (text = matrix) => withFile(fixtureFiles, MATRIX, text)
const matrixLine = (needle: string) => lineIn(withMatrix(), MATRIX, needle)

describe('comparison table cells', () => {
  it.each([
    [
      'evidence: moderate',
      'evidence: strong',
      'cells.evidence',
      'must be one of high, moderate, low, very-low (column type "evidence")',
    ],
    [
      'urgency: routine }',
      'urgency: 3 }',
      'cells.urgency',
      'must be a tier defined in urgency-tiers.yaml: emergency, same-day, soon, routine (column type "urgency")',
    ],
    [
      'pattern: Calf after exertion',
      'pattern: { level: common, section: physiology }',
      'cells.pattern',
      'must be text (column type "text")',
    ],
  ])('refuses "%s" written as "%s"', (from, to, field, message) => {
    expect(editTable(from, to)).toEqual([issue(TABLE, tableLine(from), field, message)])
  })

  it('refuses text in a number column', () => {
    let files = edit(
      fixtureFiles,
      TABLE,
      '  - { id: urgency, label: Urgency, type: urgency }',
      '  - { id: urgency, label: Urgency, type: urgency }\n  - { id: onset, label: Onset (min), type: number }',
    )
    files = edit(files, TABLE, 'urgency: routine }', 'urgency: routine, onset: soon }')
    expect(compile(files).issues).toEqual([
      issue(
        TABLE,
        lineIn(files, TABLE, 'onset: soon'),
        'cells.onset',
        'must be a number (column type "number")',
      ),
    ])
  })

  it('ranks numbers by value', () => {
    let files = edit(
      fixtureFiles,
      TABLE,
      '  - { id: urgency, label: Urgency, type: urgency }',
      '  - { id: urgency, label: Urgency, type: urgency }\n  - { id: onset, label: Onset (min), type: number }',
    )
    files = edit(files, TABLE, 'urgency: routine }', 'urgency: routine, onset: 2.5 }')
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([])
    expect(bundle.comparisons[0]!.rows[0]!.cells.onset).toEqual({
      text: '2.5',
      html: '2.5',
      rank: 2.5,
    })
    expect(bundle.comparisons[0]!.rows[1]!.cells.onset).toEqual({ text: '', html: '', rank: null })
  })

  // Regression (fixed; src/shared/content/compile/compile-comparison.ts): urgency cells were checked with
  // `value in URGENCY_LEVELS`, which accepts Object.prototype names, so "urgency: constructor"
  // passed and the cell's text and rank became the Object constructor function.
  it('refuses an urgency cell named after an Object.prototype property', () => {
    expect(editTable('urgency: routine }', 'urgency: constructor }')).toEqual([
      issue(
        TABLE,
        tableLine('urgency: routine }'),
        'cells.urgency',
        'must be a tier defined in urgency-tiers.yaml',
      ),
    ])
  })

  it('refuses a cell for a column the table does not have', () => {
    expect(editTable('urgency: routine }', 'urgency: routine, risk: low }')).toEqual([
      issue(
        TABLE,
        tableLine('urgency: routine }'),
        'cells.risk',
        '"risk" is not a column of this table; columns are: pattern, evidence, urgency',
      ),
    ])
  })

  it('refuses a row id used twice', () => {
    expect(editTable('- id: fasciculation', '- id: cramp')).toEqual([
      issue(TABLE, tableLine('- id: fasciculation'), 'id', 'row id "cramp" is used twice'),
    ])
  })

  it('reports a row linked to an unknown entry on the line of its ref', () => {
    expect(editTable('ref: condition:muscle-cramp', 'ref: condition:gout')).toEqual([
      issue(TABLE, tableLine('ref: condition:'), 'cross-link', 'unknown condition "gout"'),
    ])
  })

  it('requires at least one source', () => {
    let files = edit(fixtureFiles, TABLE, 'sources: [nice-ng73]', 'sources: []')
    files = edit(files, TABLE, '    cite: [miller2022]\n', '')
    const issues = compile(files).issues.filter((i) => i.file === `fx/${TABLE}`)
    expect(issues).toEqual([
      issue(TABLE, lineIn(files, TABLE, 'sources:'), 'sources', 'cite at least one source'),
    ])
  })
})

describe('cause × presentation matrices', () => {
  it('compile presence cells into ranked links to the module section', () => {
    const { issues, bundle } = compile(withMatrix())
    expect(issues).toEqual([])
    const table = bundle.comparisons.find((t) => t.id === 'presentations')!
    expect(table.kind).toBe('matrix')
    const [cramp, weakness, anxiety] = table.rows
    expect(cramp!.cells.leg).toEqual({
      text: 'Common cause: After exertion',
      html: '<a href="#/modules/leg-cramps/causes-and-differential-diagnosis" class="pa-presence pa-presence--common">Common cause</a> <span class="pa-cell-note">After exertion</span>',
      rank: 3,
      href: '#/modules/leg-cramps/causes-and-differential-diagnosis',
    })
    expect(weakness!.cells.leg).toMatchObject({
      text: 'Rare but important',
      rank: 1,
      href: '#/modules/leg-cramps/same-day',
    })
    expect(anxiety!.cells.leg).toEqual({ text: '', html: '', rank: 0 })
  })

  it('adds the matrix rows to the backlinks of the entries they describe', () => {
    const { bundle } = compile(withMatrix())
    expect(bundle.backlinks['condition:muscle-cramp']).toContainEqual({
      href: '#/compare/presentations',
      label: 'Muscle cramp',
      context: 'Causes by presentation',
    })
  })

  it('reports a presence cell linking to a section the module does not have', () => {
    const files = withMatrix(matrix.replace('section: same-day', 'section: emergencies'))
    expect(compile(files).issues).toEqual([
      issue(
        MATRIX,
        matrixLine('section: same-day'),
        'cross-link',
        'module "leg-cramps" has no section "emergencies"',
      ),
    ])
  })

  it('reports a presence column for a module that does not exist', () => {
    const files = withMatrix(matrix.replace('module: leg-cramps }', 'module: arm-cramps }'))
    const issues = compile(files).issues
    expect(issues).toContainEqual(
      issue(MATRIX, matrixLine('type: presence'), 'cross-link', 'unknown module "arm-cramps"'),
    )
    expect(issues.every((i) => i.file === `fx/${MATRIX}`)).toBe(true)
  })

  it('requires a presence column to name its module', () => {
    const files = withMatrix(matrix.replace(', module: leg-cramps }', ' }'))
    expect(compile(files).issues).toContainEqual(
      issue(
        MATRIX,
        matrixLine('type: presence'),
        'columns',
        'presence column "leg" needs "module: <module-id>"',
      ),
    )
  })

  it('refuses text in a presence cell', () => {
    const files = withMatrix(matrix.replace('{ level: rare, section: same-day }', 'rare'))
    expect(compile(files).issues).toEqual([
      issue(
        MATRIX,
        matrixLine('level: rare'),
        'cells.leg',
        'must be { level, section } (column type "presence")',
      ),
    ])
  })
})
