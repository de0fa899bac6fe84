import type { IssueList } from '../issues'
import type { ParsedYamlSource } from '../parse/parse-source'
import type { ComparisonFile } from '../parse/schemas/comparison'
import { EVIDENCE_LEVELS, type EvidenceLevel } from '../labels'

/**
 * A grade means one thing everywhere: where a comparison table grades a condition's or a
 * hormone's link to the post-coital symptom (`grades: link`), it must say what the entry says.
 */
export function checkEvidenceGrades(
  table: ParsedYamlSource<ComparisonFile>,
  cardGrade: (kind: 'condition' | 'hormone', id: string) => EvidenceLevel | undefined,
  issues: IssueList,
): void {
  const { data, file, yaml } = table
  const linkColumns = data.columns.filter((c) => c.type === 'evidence' && c.grades === 'link')
  data.rows.forEach((row, r) => {
    const match = /^(condition|hormone):(.+)$/.exec(row.ref ?? '')
    if (!match) return
    const kind = match[1] as 'condition' | 'hormone'
    const card = cardGrade(kind, match[2]!)
    if (!card) return
    for (const column of linkColumns) {
      const value = row.cells[column.id]
      // A value that is not a grade at all was reported when the table compiled.
      const grade = EVIDENCE_LEVELS.find((level) => level === value)
      if (grade && grade !== card) {
        issues.add(
          file,
          yaml.lineOf(['rows', r, 'cells', column.id]),
          `cells.${column.id}`,
          `grades the link as "${value}", but ${kind}s/${match[2]}.md says "${card}"; make them agree`,
        )
      }
    }
  })
}
