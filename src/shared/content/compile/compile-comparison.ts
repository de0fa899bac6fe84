import type { Cell, ComparisonTable, Row } from '../model'
import type { CompileContext } from '../context'
import type { ParsedYamlSource } from '../parse/parse-source'
import type { ReferenceSite } from './ledger'
import type { ComparisonFile } from '../parse/schemas/comparison'
import { PRESENCE_LEVELS } from '../parse/schemas/comparison'
import { EVIDENCE_LABELS, EVIDENCE_LEVELS, type EvidenceLevel } from '../parse/schemas/common'
import { URGENCY_LEVELS } from '../parse/schemas/reference-entry'
import { documentEnv } from '../context'
import { buildReferences } from './bibliography'
import { renderBlockTracked, renderInlineTracked } from './render-inline'
import { citationNumber, type ContentReference } from '../../markdown'
import { compareHref, moduleHref } from '../../routes'

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Higher rank sorts first when descending: more evidence, more urgent, more common. */
const EVIDENCE_RANK: Record<EvidenceLevel, number> = { high: 4, moderate: 3, low: 2, 'very-low': 1 }
const URGENCY_RANK = { emergency: 3, urgent: 2, routine: 1 } as const
const PRESENCE_RANK = { common: 3, possible: 2, rare: 1 } as const

export function compileComparison(
  source: ParsedYamlSource<ComparisonFile>,
  context: CompileContext,
): ComparisonTable {
  const { file, data, yaml } = source
  const { issues, ledger } = context
  const href = compareHref(data.id)
  const env = documentEnv(context, href)
  const site = (path: (string | number)[], label = data.title): ReferenceSite => ({
    file,
    line: yaml.lineOf(path),
    href,
    label,
    context: data.title,
    from: 'table',
  })
  const locate = (refs: ContentReference[], path: (string | number)[], label?: string): void => {
    for (const reference of refs) ledger.add(reference, site(path, label))
  }
  const inline = (text: string, path: (string | number)[], label?: string): string => {
    const result = renderInlineTracked(text, env)
    locate(result.references, path, label)
    for (const p of result.problems) issues.add(file, yaml.lineOf(path), p.field, p.message)
    return result.html
  }

  const description = renderBlockTracked(data.description, env)
  locate(description.references, ['description'])
  const legend = data.legend ? renderBlockTracked(data.legend, env) : null
  if (legend) locate(legend.references, ['legend'])

  const columnIds = new Set(data.columns.map((c) => c.id))
  data.columns.forEach((column, c) => {
    if (column.type === 'presence' && !column.module) {
      issues.add(
        file,
        yaml.lineOf(['columns', c]),
        'columns',
        `presence column "${column.id}" needs "module: <module-id>"`,
      )
    }
    if (column.module) {
      locate(
        [{ type: 'xref', target: { kind: 'module', id: column.module }, line: 0 }],
        ['columns', c, 'module'],
      )
    }
  })

  const rowIds = new Set<string>()
  const rows: Row[] = data.rows.map((row, r) => {
    const path = ['rows', r]
    if (rowIds.has(row.id))
      issues.add(file, yaml.lineOf([...path, 'id']), 'id', `row id "${row.id}" is used twice`)
    rowIds.add(row.id)
    for (const key of Object.keys(row.cells)) {
      if (!columnIds.has(key)) {
        issues.add(
          file,
          yaml.lineOf([...path, 'cells', key]),
          `cells.${key}`,
          `"${key}" is not a column of this table; columns are: ${[...columnIds].join(', ')}`,
        )
      }
    }
    let ref: Row['ref']
    if (row.ref) {
      const [kind, id] = row.ref.split(':') as ['hormone' | 'condition', string]
      ref = { kind, id }
      locate([{ type: 'xref', target: { kind, id }, line: 0 }], [...path, 'ref'], row.label)
    }
    for (const module of row.modules) {
      locate(
        [{ type: 'xref', target: { kind: 'module', id: module }, line: 0 }],
        [...path, 'modules'],
        row.label,
      )
    }
    const cite = row.cite.map((key, k) => {
      locate([{ type: 'citation', key, line: 0 }], [...path, 'cite', k], row.label)
      return citationNumber(env, key)
    })
    const cells: Record<string, Cell> = {}
    data.columns.forEach((column) => {
      const cellPath = [...path, 'cells', column.id]
      const value = row.cells[column.id]
      const bad = (expected: string): void =>
        issues.add(
          file,
          yaml.lineOf(cellPath),
          `cells.${column.id}`,
          `must be ${expected} (column type "${column.type}")`,
        )
      if (value === undefined || value === null) {
        cells[column.id] = { text: '', html: '', rank: column.type === 'presence' ? 0 : null }
        return
      }
      switch (column.type) {
        case 'text':
          if (typeof value === 'object') return bad('text')
          cells[column.id] = {
            text: String(value),
            html: inline(String(value), cellPath, row.label),
            rank: null,
          }
          return
        case 'number':
          if (typeof value !== 'number') return bad('a number')
          cells[column.id] = { text: String(value), html: escapeHtml(String(value)), rank: value }
          return
        case 'evidence':
          if (
            typeof value !== 'string' ||
            !(EVIDENCE_LEVELS as readonly string[]).includes(value)
          ) {
            return bad(`one of ${EVIDENCE_LEVELS.join(', ')}`)
          }
          cells[column.id] = {
            text: EVIDENCE_LABELS[value as EvidenceLevel],
            html: EVIDENCE_LABELS[value as EvidenceLevel],
            rank: EVIDENCE_RANK[value as EvidenceLevel],
          }
          return
        case 'urgency':
          if (typeof value !== 'string' || !Object.hasOwn(URGENCY_LEVELS, value))
            return bad(`one of ${Object.keys(URGENCY_LEVELS).join(', ')}`)
          cells[column.id] = {
            text: URGENCY_LEVELS[value as keyof typeof URGENCY_LEVELS],
            html: URGENCY_LEVELS[value as keyof typeof URGENCY_LEVELS],
            rank: URGENCY_RANK[value as keyof typeof URGENCY_RANK],
          }
          return
        case 'presence': {
          if (typeof value !== 'object') return bad('{ level, section }')
          const module = column.module ?? ''
          locate(
            [
              {
                type: 'xref',
                target: { kind: 'module', id: module, section: value.section },
                line: 0,
              },
            ],
            cellPath,
            row.label,
          )
          const label = PRESENCE_LEVELS[value.level]
          const link = moduleHref(module, value.section)
          const note = value.note
            ? ` <span class="pa-cell-note">${escapeHtml(value.note)}</span>`
            : ''
          cells[column.id] = {
            text: value.note ? `${label}: ${value.note}` : label,
            html: `<a href="${link}" class="pa-presence pa-presence--${value.level}">${label}</a>${note}`,
            rank: PRESENCE_RANK[value.level],
            href: link,
          }
          return
        }
      }
    })
    const compiled: Row = { id: row.id, label: row.label, modules: row.modules, cells, cite }
    if (ref) compiled.ref = ref
    return compiled
  })

  data.sources.forEach((key, k) => {
    locate([{ type: 'citation', key, line: 0 }], ['sources', k])
    citationNumber(env, key)
  })
  if (env.citations.length === 0) {
    issues.add(
      file,
      yaml.lineOf(['sources']),
      'sources',
      "cite at least one source (sources: or a row's cite:)",
    )
  }

  return {
    id: data.id,
    title: data.title,
    descriptionHtml: description.html,
    kind: data.kind,
    rowHeader: data.rowHeader,
    rowNoun: data.rowNoun,
    legendHtml: legend?.html ?? null,
    columns: data.columns.map((c) => ({ ...c })),
    rows,
    references: buildReferences(env.citations, context.bibliography),
  }
}
