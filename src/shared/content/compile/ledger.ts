import type { ContentReference, ContentProblem, RenderEnv } from '../../markdown'
import type { IssueList } from '../issues'

/** Where a reference was written, and which page of the app shows it (for backlinks). */
export interface ReferenceSite {
  file: string
  line: number
  /** Page of the app the reference appears on. */
  href: string
  /** Human label of that place: a section title, a table row. */
  label: string
  /** Title of the module, entry or table the place belongs to. */
  context: string
  /** Whether the site is a teaching module or a comparison table (these count as "linked"). */
  from: 'module' | 'table' | 'reference' | 'handout' | 'quiz'
}

export type LocatedReference = ContentReference & { site: ReferenceSite }

/** Every citation, cross-link and embed in the content, located, for the checks after compiling. */
export class Ledger {
  readonly references: LocatedReference[] = []

  add(reference: ContentReference, site: ReferenceSite): void {
    this.references.push({ ...reference, site })
  }

  /**
   * Moves what `env` collected since `mark` into the ledger. `place(line)` turns the env's
   * 0-based body line into a site (file line, section).
   */
  drain(env: RenderEnv, mark: number, place: (line: number) => ReferenceSite): void {
    for (const reference of env.links.splice(mark)) this.add(reference, place(reference.line))
  }
}

/** Reports problems plugins found (bad myth rating, notes without timing) with file lines. */
export function reportProblems(
  problems: ContentProblem[],
  file: string,
  toFileLine: (line: number) => number,
  issues: IssueList,
): void {
  for (const problem of problems.splice(0)) {
    issues.add(file, toFileLine(problem.line), problem.field, problem.message)
  }
}
