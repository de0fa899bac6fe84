/**
 * What every part of `npm run bench` hands back, and how the run prints and saves it: one row
 * per figure, with its target and the ratio to it, in one table and in bench-results.json.
 */
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'

/** A figure measured once per run. `target` is the issue's bound; lower is better unless `atLeast`. */
export interface Row {
  area: string
  name: string
  value: number | null
  unit: 'ms' | 's' | 'KB' | 'MB' | '×' | 'count'
  target?: number
  /** The target is a floor (a speed-up), not a ceiling. */
  atLeast?: boolean
  /** How the figure was taken, in a few words (samples, percentile). */
  note?: string
}

/** A part of the bench that could not run, and why, so the others still report. */
export interface Failure {
  area: string
  reason: string
}

export type Verdict = 'met' | 'MISSED' | ''

export function verdict(row: Row): Verdict {
  if (row.target === undefined || row.value === null || !Number.isFinite(row.value)) return ''
  const met = row.atLeast ? row.value >= row.target : row.value <= row.target
  return met ? 'met' : 'MISSED'
}

/** The figure over its target (for a floor, target over figure): below 1 is inside the target. */
export function ratio(row: Row): number | null {
  if (row.target === undefined || row.value === null || !row.target) return null
  // Nothing measurable (a cost within noise, below zero) is as far inside a ceiling as it gets.
  if (row.value <= 0) return row.atLeast ? null : 0
  return row.atLeast ? row.target / row.value : row.value / row.target
}

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  node: string
  platform: string
  /** One-minute load average when the run started: shared machines are noisy. */
  loadAverage: number
  chromium: string | null
}

export function describeMachine(chromiumPath: string): Machine {
  let chromium: string | null
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+/g, ' ')
  } catch {
    chromium = null
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: Number(loadavg()[0]!.toFixed(2)),
    chromium,
  }
}

export function gitCommit(): { commit: string | null; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    })
    return { commit, dirty: status.trim().length > 0 }
  } catch {
    return { commit: null, dirty: false }
  }
}

const format = (value: number | null, unit: Row['unit']): string => {
  if (value === null || !Number.isFinite(value)) return '—'
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2
  const text = value.toFixed(digits)
  return unit === 'count' ? text : unit === '×' ? `${text}×` : `${text} ${unit}`
}

const targetText = (row: Row): string =>
  row.target === undefined ? '' : `${row.atLeast ? '≥' : '≤'} ${format(row.target, row.unit)}`

/** The run's table: area, figure, value, target, ratio to target, verdict, how measured. */
export function formatTable(rows: Row[], failures: Failure[]): string {
  const cells = rows.map((row) => {
    const r = ratio(row)
    return [
      row.area,
      row.name,
      format(row.value, row.unit),
      targetText(row),
      r === null ? '' : `${r.toFixed(2)}`,
      verdict(row),
      row.note ?? '',
    ]
  })
  const header = ['area', 'figure', 'value', 'target', 'ratio', '', 'how']
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)))
  const line = (c: string[]) =>
    c
      .map((text, i) => (i === 2 || i === 4 ? text.padStart(widths[i]!) : text.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')]
  let area = ''
  for (const c of cells) {
    if (c[0] !== area && area) out.push('')
    area = c[0]!
    out.push(line(c))
  }
  if (failures.length) {
    out.push('', 'Could not measure:')
    for (const f of failures) out.push(`  ${f.area}: ${f.reason}`)
  }
  const missed = rows.filter((r) => verdict(r) === 'MISSED').length
  const met = rows.filter((r) => verdict(r) === 'met').length
  out.push(
    '',
    `${met} targets met, ${missed} missed${failures.length ? `, ${failures.length} part(s) not measured` : ''}. ` +
      'Ratio = figure ÷ target (below 1 is inside it). Shared machines are noisy: compare ratios within a run.',
  )
  return out.join('\n')
}

/** A Markdown table of the same rows, for the README. */
export function markdownTable(rows: Row[]): string {
  const out = ['| area | figure | value | target | |', '| --- | --- | ---: | --- | --- |']
  for (const row of rows)
    out.push(
      `| ${row.area} | ${row.name} | ${format(row.value, row.unit)} | ${targetText(row)} | ${verdict(row)} |`,
    )
  return out.join('\n')
}
