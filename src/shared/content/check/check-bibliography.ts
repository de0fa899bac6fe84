import type { IssueList } from '../issues'
import type { ParsedYamlSource } from '../parse/parse-source'
import type { BibliographyEntry } from '../parse/schemas/bibliography'
import type { Bibliography } from '../compile/bibliography'
import type { LocatedReference } from '../compile/ledger'

/** Authors written as a stand-in rather than names. */
const PLACEHOLDER_AUTHORS = /not recorded|unknown|anonymous|various|tbc|to be confirmed/i

/** Every entry names its authors and its year, so a reader can find it. */
export function checkBibliographyEntries(
  parsed: ParsedYamlSource<{ entries: BibliographyEntry[] }>,
  issues: IssueList,
): void {
  parsed.data.entries.forEach((entry, index) => {
    const at = (field: string) => parsed.yaml.lineOf(['entries', index, field])
    if (PLACEHOLDER_AUTHORS.test(entry.authors)) {
      issues.add(
        parsed.file,
        at('authors'),
        'authors',
        `"${entry.key}" has no authors ("${entry.authors}"); find the published source, or remove the entry and the claims that rest on it`,
      )
    }
    if (entry.year === 'n.d.') {
      issues.add(
        parsed.file,
        at('year'),
        'year',
        `"${entry.key}" has no year; find the published source, or remove the entry and the claims that rest on it`,
      )
    }
  })
}

/**
 * Words that mark a statement that no source was found, the one thing the internal evidence
 * review may support on its own.
 */
const NO_SOURCE =
  /\b(no (?:study|studies|source|sources|evidence|trial|trials|data|figure|prevalence|published)|not (?:been )?(?:studied|measured|tested|shown|known|found)|has never been|nobody has|none (?:has|have)|cannot be traced|unproven|untested|no one has|no\b[^.]{0,60}\b(?:has|have) been (?:shown|tested|studied|proven))\b/i

export interface InternalCitationReport {
  /** Claims in content: each place a `[@a; @b]` supports a sentence, counted once. */
  claims: number
  /** Claims whose only source is an internal entry and that are not "no source" statements. */
  internalOnly: { file: string; line: number; claim: string }[]
}

/**
 * The share of clinical claims whose only citation is the internal review. A claim is the
 * sentence a citation group supports; one that says no source was found may rest on the
 * review alone, any other may not.
 */
export function internalCitationReport(
  references: readonly LocatedReference[],
  bibliography: Bibliography,
): InternalCitationReport {
  type Group = { file: string; line: number; claim: string; keys: string[] }
  // One group per file, line and claim, in order of first citation. Looked up by claim within
  // its line rather than by a joined "file:line:claim" string: claims are long, and there is
  // one per citation in the library.
  const groups: Group[] = []
  const byLine = new Map<string, Map<number, Map<string, Group>>>()
  for (const ref of references) {
    if (ref.type !== 'citation' || ref.site.from === 'handout') continue
    const claim = ref.claim ?? ''
    const { file, line } = ref.site
    let lines = byLine.get(file)
    if (!lines) byLine.set(file, (lines = new Map()))
    let claims = lines.get(line)
    if (!claims) lines.set(line, (claims = new Map()))
    let group = claims.get(claim)
    if (!group) {
      group = { file, line, claim, keys: [] }
      claims.set(claim, group)
      groups.push(group)
    }
    group.keys.push(ref.key)
  }
  const internalOnly = groups.filter(
    (g) =>
      g.keys.every((key) => bibliography.get(key)?.kind === 'internal') && !NO_SOURCE.test(g.claim),
  )
  return {
    claims: groups.length,
    internalOnly: internalOnly.map(({ file, line, claim }) => ({ file, line, claim })),
  }
}
