import type { CompileContext } from '../context'
import type { ParsedLibrary } from '../parse/parse-library'
import type { CompiledLibrary } from '../compile/compile-library'
import { checkReferences } from './check-references'
import { checkBibliographyUse } from './check-coverage'
import { internalCitationReport, type InternalCitationReport } from './check-bibliography'

/**
 * Phase 3 of the compile: what can only be checked with everything compiled. Every link
 * resolves, every bibliography entry is cited, and no clinical claim rests on the internal
 * evidence review alone.
 */
export function checkLibrary(
  parsed: ParsedLibrary,
  compiled: CompiledLibrary,
  context: CompileContext,
): InternalCitationReport {
  checkReferences(context, compiled.topics, compiled.comparisons)
  const source = parsed.bibliographySource
  if (source) {
    const entries = source.data.entries
    checkBibliographyUse(context, source.file, (key) =>
      source.yaml.lineOf(['entries', entries.findIndex((e) => e.key === key), 'key']),
    )
  }
  const report = internalCitationReport(context.ledger.references, context.bibliography)
  for (const claim of report.internalOnly) {
    context.issues.add(
      claim.file,
      claim.line,
      'citation',
      `"…${claim.claim.slice(-80)}" rests on the internal evidence review alone; cite the primary study or guideline (the review may support only "no source was found" statements)`,
    )
  }
  return report
}
