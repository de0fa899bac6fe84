import type { IssueList } from '../issues'
import type { ParsedYamlSource } from '../parse/parse-source'
import {
  PEMAT_ACTIONABILITY,
  PEMAT_NA_ALLOWED,
  PEMAT_PASS,
  PEMAT_P_ITEMS,
  type PematFile,
} from '../parse/schemas/pemat'

export interface PematScore {
  understandability: number
  actionability: number
}

/** Percentage of applicable items scored 1, as the PEMAT user's guide defines it. */
export function pematScore(file: PematFile): PematScore {
  const percent = (items: PematFile['items']): number => {
    const applicable = items.filter((i) => i.score !== 'na')
    if (applicable.length === 0) return 0
    return Math.round((100 * applicable.filter((i) => i.score === 1).length) / applicable.length)
  }
  return {
    understandability: percent(file.items.filter((i) => !PEMAT_ACTIONABILITY.includes(i.item))),
    actionability: percent(file.items.filter((i) => PEMAT_ACTIONABILITY.includes(i.item))),
  }
}

/** Every PEMAT-P item scored once, N/A only where the instrument allows it, both scores ≥ 70%. */
export function checkPemat(source: ParsedYamlSource<PematFile>, issues: IssueList): PematScore {
  const { file, data, yaml } = source
  const expected = Object.keys(PEMAT_P_ITEMS).map(Number)
  const seen = new Set<number>()
  data.items.forEach((entry, index) => {
    const line = yaml.lineOf(['items', index])
    if (!expected.includes(entry.item))
      issues.add(file, line, 'item', `${entry.item} is not a PEMAT-P item`)
    if (seen.has(entry.item)) issues.add(file, line, 'item', `${entry.item} is scored twice`)
    seen.add(entry.item)
    if (entry.score === 'na' && !PEMAT_NA_ALLOWED.includes(entry.item)) {
      issues.add(file, line, 'score', `item ${entry.item} cannot be N/A; score it 0 or 1`)
    }
  })
  const missing = expected.filter((item) => !seen.has(item))
  if (missing.length)
    issues.add(file, yaml.lineOf(['items']), 'items', `items not scored: ${missing.join(', ')}`)
  const score = pematScore(data)
  if (score.understandability < PEMAT_PASS || score.actionability < PEMAT_PASS) {
    issues.add(
      file,
      1,
      'score',
      `understandability ${score.understandability}% and actionability ${score.actionability}%; both must reach ${PEMAT_PASS}%`,
    )
  }
  return score
}
