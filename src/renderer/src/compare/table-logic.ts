import type { Column, Row } from '@shared/content/model'

/** The row-label column's id in sort state. */
export const LABEL_COLUMN = '__label'

export type SortDirection = 'ascending' | 'descending'
export interface SortState {
  column: string
  direction: SortDirection
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' })

/** Sort key of a row in a column: a number for ranked columns, text otherwise; null if empty. */
function keyOf(row: Row, column: Column | undefined): number | string | null {
  if (!column) return row.label
  const cell = row.cells[column.id]
  if (!cell || (cell.text === '' && !cell.rank)) return null
  if (column.type === 'text') return cell.text
  return cell.rank ?? null
}

/**
 * Sorts rows by a column. Ranked columns (numbers, evidence, urgency, presence) sort by meaning;
 * text sorts naturally ("2 cm" before "10 cm"). Empty cells go last in either direction, and
 * equal keys keep their original order.
 */
export function sortRows(
  rows: readonly Row[],
  columns: readonly Column[],
  sort: SortState | null,
): Row[] {
  if (!sort) return [...rows]
  const column =
    sort.column === LABEL_COLUMN ? undefined : columns.find((c) => c.id === sort.column)
  const sign = sort.direction === 'ascending' ? 1 : -1
  return rows
    .map((row, index) => ({ row, index, key: keyOf(row, column) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1
      }
      const order =
        typeof a.key === 'number' && typeof b.key === 'number'
          ? a.key - b.key
          : collator.compare(String(a.key), String(b.key))
      return order === 0 ? a.index - b.index : order * sign
    })
    .map((entry) => entry.row)
}

/** Next sort state when a header is activated: ascending, then descending, then unsorted. */
export function nextSort(
  current: SortState | null,
  column: string,
  firstDirection: SortDirection = 'ascending',
): SortState | null {
  if (!current || current.column !== column) return { column, direction: firstDirection }
  if (current.direction === firstDirection) {
    return { column, direction: firstDirection === 'ascending' ? 'descending' : 'ascending' }
  }
  return null
}

/** Ranked columns start high-to-low (most evidence, most urgent first), text A to Z. */
export function firstDirectionFor(column: Column | undefined): SortDirection {
  return column && column.type !== 'text' ? 'descending' : 'ascending'
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** Rows whose label or visible cells contain every word of the query (case and accents ignored). */
export function filterRows(
  rows: readonly Row[],
  query: string,
  visibleColumns: readonly Column[],
): Row[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (!words.length) return [...rows]
  return rows.filter((row) => {
    const haystack = fold(
      [row.label, ...visibleColumns.map((c) => row.cells[c.id]?.text ?? '')].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  })
}

/** Pinned rows first, in the order they were pinned; the rest keep their order. */
export function withPinnedFirst(rows: readonly Row[], pinned: readonly string[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const top = pinned.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined)
  return [...top, ...rows.filter((row) => !pinned.includes(row.id))]
}

export const COMPARE_MIN = 2
export const COMPARE_MAX = 4

/** Adds or removes a row from the compare selection; a fifth row replaces nothing and is refused. */
export function toggleSelection(
  selection: readonly string[],
  id: string,
): { selection: string[]; refused: boolean } {
  if (selection.includes(id))
    return { selection: selection.filter((s) => s !== id), refused: false }
  if (selection.length >= COMPARE_MAX) return { selection: [...selection], refused: true }
  return { selection: [...selection, id], refused: false }
}
