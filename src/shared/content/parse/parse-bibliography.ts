import { IssueList } from '../issues'
import type { Bibliography } from '../compile/bibliography'
import { parseYamlFile, type ParsedYamlSource } from './parse-source'
import { parseYamlSource } from './yaml-source'
import { bibliographyEntry, bibliographyFile, type BibliographyEntry } from './schemas/bibliography'

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
  // A wrong field in one entry is reported (above) against that entry only: every other valid
  // entry still resolves, so one typo does not turn every citation into "unknown key".
  if (!parsed) {
    // Syntax errors were already reported by parseYamlFile; this second read only salvages.
    const raw = parseYamlSource(source.text, source.file, 1, new IssueList())
    const entries = (raw.data as { entries?: unknown[] } | null)?.entries ?? []
    for (const candidate of Array.isArray(entries) ? entries : []) {
      const entry = bibliographyEntry.safeParse(candidate)
      if (entry.success && !bibliography.has(entry.data.key))
        bibliography.set(entry.data.key, entry.data)
    }
    return { bibliography, parsed: null }
  }
  parsed.data.entries.forEach((entry, index) => {
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
