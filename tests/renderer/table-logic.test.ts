// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import type { Column, ComparisonTable, Row } from '@shared/content/model'
import {
  COMPARE_MAX,
  LABEL_COLUMN,
  filterRows,
  firstDirectionFor,
  nextSort,
  sortRows,
  toggleSelection,
  withPinnedFirst,
  type SortDirection,
} from '@renderer/compare/table-logic'
import { compileFiles, readFixtureFiles, withFile } from './content'
import sortTableYaml from './fixtures/sort-table.yaml?raw'

let table: ComparisonTable
let rows: Row[]
let columns: Column[]

beforeAll(async () => {
  const files = withFile(await readFixtureFiles(), 'comparisons/sort-table.yaml', sortTableYaml)
  table = compileFiles(files).comparisons.find((t) => t.id === 'sort-table')!
  rows = table.rows
  columns = table.columns
})

const ids = (list: Row[]): string[] => list.map((row) => row.id)
const sorted = (column: string, direction: SortDirection): string[] =>
  ids(sortRows(rows, columns, { column, direction }))
const column = (id: string): Column => columns.find((c) => c.id === id)!

describe('sortRows', () => {
  it('keeps the original order when there is no sort', () => {
    expect(ids(sortRows(rows, columns, null))).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('sorts text naturally: "2 cm" before "10 cm", empty cells last either way', () => {
    expect(sorted('size', 'ascending')).toEqual(['b', 'e', 'a', 'd', 'c'])
    expect(sorted('size', 'descending')).toEqual(['d', 'a', 'e', 'b', 'c'])
  })

  it('sorts numbers numerically, equal numbers in their original order, empty last', () => {
    // Alphabetically "10" < "100" < "9"; numerically 9 < 10 = 10 < 100.
    expect(sorted('count', 'ascending')).toEqual(['b', 'a', 'e', 'c', 'd'])
    expect(sorted('count', 'descending')).toEqual(['c', 'a', 'e', 'b', 'd'])
  })

  it('sorts evidence by strength, not by its label', () => {
    // Alphabetical labels would give High, Low, Moderate, Very low.
    expect(sorted('evidence', 'descending')).toEqual(['b', 'a', 'c', 'e', 'd'])
    expect(sorted('evidence', 'ascending')).toEqual(['e', 'c', 'a', 'b', 'd'])
  })

  it('sorts urgency by how urgent, keeping equal urgencies in order', () => {
    // Alphabetical would put Routine before Urgent.
    expect(sorted('urgency', 'descending')).toEqual(['b', 'c', 'a', 'd', 'e'])
    expect(sorted('urgency', 'ascending')).toEqual(['a', 'd', 'e', 'c', 'b'])
  })

  it('sorts presence by how common, with the row that has none last', () => {
    // Alphabetical ascending would be Common, Possible, Rare.
    expect(sorted('presence', 'ascending')).toEqual(['c', 'a', 'e', 'b', 'd'])
    expect(sorted('presence', 'descending')).toEqual(['b', 'a', 'e', 'c', 'd'])
  })

  it('sorts the row labels ignoring case', () => {
    expect(sorted(LABEL_COLUMN, 'ascending')).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(sorted(LABEL_COLUMN, 'descending')).toEqual(['e', 'd', 'c', 'b', 'a'])
  })

  it('does not reorder its input', () => {
    const before = ids(rows)
    sortRows(rows, columns, { column: 'count', direction: 'descending' })
    expect(ids(rows)).toEqual(before)
  })
})

describe('nextSort and firstDirectionFor', () => {
  it('cycles a text column ascending, descending, then unsorted', () => {
    const first = nextSort(null, 'size', firstDirectionFor(column('size')))
    expect(first).toEqual({ column: 'size', direction: 'ascending' })
    const second = nextSort(first, 'size', firstDirectionFor(column('size')))
    expect(second).toEqual({ column: 'size', direction: 'descending' })
    expect(nextSort(second, 'size', firstDirectionFor(column('size')))).toBeNull()
  })

  it('starts ranked columns descending (most evidence, most urgent first)', () => {
    for (const id of ['count', 'evidence', 'urgency', 'presence']) {
      expect(firstDirectionFor(column(id)), id).toBe('descending')
    }
    expect(firstDirectionFor(column('size'))).toBe('ascending')
    expect(firstDirectionFor(undefined)).toBe('ascending')
    const first = nextSort(null, 'evidence', 'descending')
    expect(first).toEqual({ column: 'evidence', direction: 'descending' })
    const second = nextSort(first, 'evidence', 'descending')
    expect(second).toEqual({ column: 'evidence', direction: 'ascending' })
    expect(nextSort(second, 'evidence', 'descending')).toBeNull()
  })

  it('starts afresh when another column is chosen', () => {
    const bySize = { column: 'size', direction: 'descending' } as const
    expect(nextSort(bySize, 'urgency', 'descending')).toEqual({
      column: 'urgency',
      direction: 'descending',
    })
  })
})

describe('filterRows', () => {
  it('returns every row for an empty or blank query', () => {
    expect(ids(filterRows(rows, '   ', columns))).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('keeps rows that contain every word, in any cell or the label', () => {
    expect(ids(filterRows(rows, 'cm routine', columns))).toEqual(['a', 'e'])
    expect(ids(filterRows(rows, 'cm emergency', columns))).toEqual(['b'])
    expect(ids(filterRows(rows, 'echo', columns))).toEqual(['e'])
  })

  it('ignores case and accents on both sides', () => {
    expect(ids(filterRows(rows, 'CAFE', columns))).toEqual(['d'])
    expect(ids(filterRows(rows, 'délta', columns))).toEqual(['d'])
  })

  it('ignores hidden columns', () => {
    const withoutSize = columns.filter((c) => c.id !== 'size')
    expect(ids(filterRows(rows, 'café', withoutSize))).toEqual([])
    expect(ids(filterRows(rows, 'delta', withoutSize))).toEqual(['d'])
  })
})

describe('withPinnedFirst', () => {
  it('puts pinned rows first in pin order and keeps the rest in order', () => {
    expect(ids(withPinnedFirst(rows, ['d', 'b']))).toEqual(['d', 'b', 'a', 'c', 'e'])
  })

  it('ignores pins for rows that are not shown (filtered out)', () => {
    const shown = rows.filter((r) => r.id !== 'd')
    expect(ids(withPinnedFirst(shown, ['d', 'c']))).toEqual(['c', 'a', 'b', 'e'])
  })
})

describe('toggleSelection', () => {
  it('adds and removes rows', () => {
    const added = toggleSelection(['a'], 'b')
    expect(added).toEqual({ selection: ['a', 'b'], refused: false })
    expect(toggleSelection(added.selection, 'a')).toEqual({ selection: ['b'], refused: false })
  })

  it(`refuses a row beyond ${COMPARE_MAX}, leaving the selection as it was`, () => {
    const four = ['a', 'b', 'c', 'd']
    const result = toggleSelection(four, 'e')
    expect(result).toEqual({ selection: four, refused: true })
    expect(result.selection).not.toBe(four)
  })

  it('still lets a full selection untick a row', () => {
    expect(toggleSelection(['a', 'b', 'c', 'd'], 'c')).toEqual({
      selection: ['a', 'b', 'd'],
      refused: false,
    })
  })
})
