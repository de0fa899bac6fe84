import type { Cell, ComparisonTable, Row } from '../model'
import type { CompileContext } from '../context'
import type { ParsedYamlSource } from '../parse/parse-source'
import type { ReferenceSite } from './ledger'
import type { ComparisonFile } from '../parse/schemas/comparison'
import { PRESENCE_LEVELS } from '../parse/schemas/comparison'
import { EVIDENCE_LABELS, EVIDENCE_LEVELS, type EvidenceLevel } from '../parse/schemas/common'
import { TIER_IDS, type TierId } from '../labels'
import { documentEnv } from '../context'
import { buildReferences } from './bibliography'
import { renderBlockTracked, renderInlineTracked } from './render-inline'
import { citationNumber, type ContentReference } from '../../markdown'
import { compareHref, moduleHref } from '../../routes'

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Higher rank sorts first when descending: more evidence, more urgent, more common. */
const EVIDENCE_RANK: Record<EvidenceLevel, number> = { high: 4, moderate: 3, low: 2, 'very-low': 1 }
const tierRank = (tier: TierId): number => TIER_IDS.length - TIER_IDS.indexOf(tier)
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
  const rows: Row[] = data.rows.map((source, r) => {
    const path = ['rows', r]
    const flag = source.redFlag ? context.safety.flags.get(source.redFlag)?.entry : undefined
    if (source.redFlag && !flag) {
      issues.add(
        file,
        yaml.lineOf([...path, 'redFlag']),
        'redFlag',
        `unknown red flag "${source.redFlag}"; ids come from red-flags.yaml`,
      )
    }
    if (!source.label && !flag) {
      issues.add(
        file,
        yaml.lineOf(path),
        'label',
        'a row needs a label (or a redFlag to take it from)',
      )
    }
    const row = {
      ...source,
      label: source.label ?? flag?.title ?? source.id,
      cite: source.cite.length ? source.cite : (flag?.cite ?? []),
      cells: { ...source.cells },
    }
    if (flag) {
      data.columns.forEach((column) => {
        const written = source.cells[column.id]
        if (column.type === 'urgency') {
          if (written !== undefined && written !== null && written !== flag.tier) {
            issues.add(
              file,
              yaml.lineOf([...path, 'cells', column.id]),
              `cells.${column.id}`,
              `says "${String(written)}" but red flag "${flag.id}" is "${flag.tier}" in red-flags.yaml; leave the cell out to take the flag's tier`,
            )
          }
          row.cells[column.id] = flag.tier
        } else if (column.field && (written === undefined || written === null)) {
          row.cells[column.id] =
            column.field === 'conditions'
              ? flag.conditions.map((c) => `[[condition:${c}]]`).join('; ')
              : flag[column.field]
        }
      })
    }
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
        case 'urgency': {
          const tier =
            typeof value === 'string' ? context.safety.tiers.get(value as TierId) : undefined
          if (!tier) return bad(`a tier defined in urgency-tiers.yaml: ${TIER_IDS.join(', ')}`)
          cells[column.id] = {
            text: tier.label,
            html: `<span class="pa-tier-badge pa-tier-badge--${tier.id}">${escapeHtml(tier.label)}</span>`,
            rank: tierRank(tier.id),
          }
          return
        }
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
