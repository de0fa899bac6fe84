import type { ContentBundle } from './model'
import type { CompileContext, CompileOptions } from './context'
import type { ContentIssue } from './issues'
import { IssueList } from './issues'
import { Ledger } from './compile/ledger'
import { sortSources, type SourceFile } from './parse/sort-sources'
import { parseLibrary } from './parse/parse-library'
import { compileLibrary } from './compile/compile-library'
import { checkLibrary } from './check/check-library'
import { checkEntriesLinked, computeBacklinks } from './check/check-coverage'
import type { InternalCitationReport } from './check/check-bibliography'

export type { SourceFile } from './parse/sort-sources'
export { safetySources } from './parse/parse-library'

export interface CompileResult {
  bundle: ContentBundle
  issues: ContentIssue[]
  /** How many clinical claims rest on the internal review alone (target: none). */
  internalCitations: InternalCitationReport
}

/**
 * Parses, validates and renders all content, in stages: the files sorted by kind
 * (parse/sort-sources.ts), every front matter and YAML file read so every title is known
 * (parse/parse-library.ts), every body rendered (compile/compile-library.ts), then what only
 * the whole library can show (check/check-library.ts). Every problem is collected (none stops
 * the run), each naming file, line and field, in the order the stages find them. `root`
 * prefixes paths in messages.
 */
export function compileContent(
  files: SourceFile[],
  options: CompileOptions,
  root = 'resources/content',
): CompileResult {
  const issues = new IssueList()
  const display = (path: string): string => `${root}/${path}`
  const sources = sortSources(files, display, issues)
  const parsed = parseLibrary(sources, display, issues)
  const context: CompileContext = {
    issues,
    ledger: new Ledger(),
    bibliography: parsed.bibliography,
    registry: parsed.registry,
    safety: parsed.safety,
    options,
  }
  const compiled = compileLibrary(parsed, sources, context)
  const internalCitations = checkLibrary(parsed, compiled, context)
  const bundle: ContentBundle = {
    tiers: compiled.tiers,
    topics: [...compiled.topics.values()],
    handouts: compiled.handouts,
    hormones: compiled.hormones,
    conditions: compiled.conditions,
    comparisons: [...compiled.comparisons.values()],
    backlinks: {},
    decks: compiled.decks,
    synonyms: compiled.synonyms,
  }
  checkEntriesLinked(
    context,
    bundle,
    (kind, id) => (kind === 'hormone' ? parsed.hormones : parsed.conditions).get(id)?.file ?? '',
  )
  bundle.backlinks = computeBacklinks(context, bundle)
  return { bundle, issues: issues.items, internalCitations }
}
