import type { IssueList } from '../issues'
import type { Bibliography } from '../compile/bibliography'
import { parseYamlFile, type ParsedYamlSource } from './parse-source'
import { bibliographyFile, type BibliographyEntry } from './schemas/bibliography'

/** Parses bibliography.yaml into a key → entry map, reporting a missing file or duplicate keys. */
export function parseBibliography(
  source: { file: string; text: string } | undefined,
  missingFile: string,
  issues: IssueList,
): {
  bibliography: Bibliography
  parsed: ParsedYamlSource<{ entries: BibliographyEntry[] }> | null
} {
  const bibliography: Bibliography = new Map()
  if (!source) {
    issues.add(missingFile, 1, 'file', 'the bibliography is missing')
    return { bibliography, parsed: null }
  }
  const parsed = parseYamlFile(source.file, source.text, bibliographyFile, issues)
  parsed?.data.entries.forEach((entry, index) => {
    if (bibliography.has(entry.key)) {
      issues.add(
        parsed.file,
        parsed.yaml.lineOf(['entries', index, 'key']),
        'key',
        `"${entry.key}" is used twice`,
      )
    }
    bibliography.set(entry.key, entry)
  })
  return { bibliography, parsed }
}
