import type { Handout } from '../model'
import type { CompileContext, CompileOptions } from '../context'
import type { ContentIssue } from '../issues'
import { isAuthorNotes, type SourceFile } from '../parse/sort-sources'
import { IssueList } from '../issues'
import { Ledger } from './ledger'
import { parseMarkdownSource } from '../parse/parse-source'
import { parseBibliography } from '../parse/parse-bibliography'
import {
  handoutDefaults,
  handoutFrontMatter,
  type HandoutFrontMatter,
} from '../parse/schemas/handout'
import { compileHandout } from './compile-handout'
import { checkSourceReviewDates } from '../check/check-dates'
import { parseSafety } from '../parse/parse-safety'

/**
 * Compiles only the patient handouts (and the bibliography their sources line needs). The PDF
 * service and the command line use this: it is a fraction of the cost of compiling everything.
 * Cross-file checks (every source cited somewhere, every module has a handout) stay with
 * `compileContent` and `npm run content:check`.
 */
export function compileHandouts(
  files: SourceFile[],
  options: CompileOptions,
  root = 'resources/content',
): { handouts: Handout[]; issues: ContentIssue[] } {
  const issues = new IssueList()
  const display = (path: string): string => `${root}/${path}`
  const bibliographyFileSource = files.find((f) => f.path === 'bibliography.yaml')
  const { bibliography } = parseBibliography(
    bibliographyFileSource && {
      file: display(bibliographyFileSource.path),
      text: bibliographyFileSource.text,
    },
    display('bibliography.yaml'),
    issues,
  )
  // Handouts print red flags and medicine cautions from the safety data, by id.
  const safetyFile = (name: string) => {
    const file = files.find((f) => f.path === `${name}.yaml`)
    return file && { file: display(file.path), text: file.text }
  }
  const safety = parseSafety(
    {
      tiers: safetyFile('urgency-tiers'),
      flags: safetyFile('red-flags'),
      medicines: safetyFile('medicines'),
    },
    display,
    issues,
  )
  const context: CompileContext = {
    issues,
    ledger: new Ledger(),
    bibliography,
    safety,
    registry: {
      topics: new Map(),
      hormones: new Map(),
      conditions: new Map(),
      comparisons: new Map(),
    },
    options,
  }
  const handouts: Handout[] = []
  for (const file of files) {
    const match = /^handouts\/([^/]+)\.md$/.exec(file.path)
    if (!match || isAuthorNotes(file.path)) continue
    const source = parseMarkdownSource<HandoutFrontMatter>(
      display(file.path),
      file.text,
      handoutFrontMatter,
      issues,
      handoutDefaults(match[1]!),
    )
    if (!source) continue
    checkSourceReviewDates(source, options.today, issues)
    handouts.push(compileHandout(source, context))
  }
  for (const reference of context.ledger.references) {
    if (reference.type === 'citation' && !bibliography.has(reference.key)) {
      issues.add(
        reference.site.file,
        reference.site.line,
        'sources',
        `"${reference.key}" is not in bibliography.yaml`,
      )
    }
  }
  return { handouts, issues: issues.items }
}
