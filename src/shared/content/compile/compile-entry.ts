import type { Condition, Hormone } from '../model'
import type { CompileContext } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import {
  CONDITION_SECTIONS,
  ENTRY_ADVICE_EXEMPT,
  HORMONE_SECTIONS,
  type ConditionFrontMatter,
  type HormoneFrontMatter,
} from '../parse/schemas/reference-entry'
import { documentEnv } from '../context'
import { compileDocument } from './compile-document'
import { buildReferences } from './bibliography'
import { reportProblems } from './ledger'
import { conditionHref, hormoneHref } from '../../routes'
import { checkMedicineCautions } from '../check/check-medicine-cautions'

function compileEntryBody(
  source: ParsedMarkdownSource<HormoneFrontMatter | ConditionFrontMatter>,
  href: string,
  required: readonly string[],
  context: CompileContext,
) {
  const { file, meta, split } = source
  const env = documentEnv(context, `${href}`)
  const parsed = compileDocument(
    { file, body: split.body, bodyFirstLine: split.bodyFirstLine, env, issues: context.issues },
    { required },
  )
  const toFileLine = (line: number): number => split.bodyFirstLine + line
  reportProblems(env.problems, file, toFileLine, context.issues)
  checkMedicineCautions(parsed, context.safety, file, toFileLine, context.issues, {
    exempt: ENTRY_ADVICE_EXEMPT,
  })
  context.ledger.drain(env, 0, (line) => {
    const fileLine = toFileLine(line)
    const section = [...parsed].reverse().find((s) => s.line <= fileLine)
    return {
      file,
      line: fileLine,
      href,
      label: section?.title ?? meta.name,
      context: meta.name,
      from: 'reference',
    }
  })
  if (env.citations.length === 0) {
    context.issues.add(
      file,
      split.bodyFirstLine,
      'references',
      'cite at least one source [@key] for this entry',
    )
  }
  return {
    sections: parsed.map((p) => p.section),
    references: buildReferences(env.citations, context.bibliography),
  }
}

export function compileHormone(
  source: ParsedMarkdownSource<HormoneFrontMatter>,
  context: CompileContext,
): Hormone {
  const href = hormoneHref(source.meta.id)
  return {
    kind: 'hormone',
    ...source.meta,
    ...compileEntryBody(source, href, HORMONE_SECTIONS, context),
  }
}

export function compileCondition(
  source: ParsedMarkdownSource<ConditionFrontMatter>,
  context: CompileContext,
): Condition {
  const href = conditionHref(source.meta.id)
  return {
    kind: 'condition',
    ...source.meta,
    ...compileEntryBody(source, href, CONDITION_SECTIONS, context),
  }
}
