import type {
  ComparisonTable,
  Condition,
  Deck,
  Handout,
  Hormone,
  Topic,
  Synonyms,
  UrgencyTier,
} from '../model'
import type { CompileContext } from '../context'
import type { ParsedLibrary } from '../parse/parse-library'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { ConditionFrontMatter, HormoneFrontMatter } from '../parse/schemas/reference-entry'
import type { SortedSources } from '../parse/sort-sources'
import { parseYamlFile } from '../parse/parse-source'
import { synonymsFile } from '../parse/schemas/synonyms'
import { compileTopic } from './compile-topic'
import { compileHandout } from './compile-handout'
import { compileCondition, compileHormone } from './compile-entry'
import { compileComparison } from './compile-comparison'
import { compileDecks } from './compile-decks'
import { compileSynonyms } from './compile-synonyms'
import { compileTiers } from './compile-tiers'
import { checkFrontMatterLinks } from '../check/check-front-matter-links'
import { checkSourceReviewDates } from '../check/check-dates'
import { checkPemat } from '../check/check-pemat'
import { checkEvidenceGrades } from '../check/check-evidence-grades'
import { checkRedFlagCoverage } from '../check/check-red-flag-coverage'
import { checkSafetyLinks } from '../check/check-safety-links'
import { entryNames } from '../../search/entry-names'

/** Every body rendered, keyed as the whole-library checks look them up. */
export interface CompiledLibrary {
  topics: Map<string, Topic>
  handouts: Handout[]
  hormones: Hormone[]
  conditions: Condition[]
  comparisons: Map<string, ComparisonTable>
  decks: Deck[]
  tiers: UrgencyTier[]
  synonyms: Synonyms
}

/**
 * Phase 2 of the compile: bodies, in a fixed order so reference numbering is reproducible,
 * with the checks of each file against the others' front matter.
 */
export function compileLibrary(
  parsed: ParsedLibrary,
  sources: SortedSources,
  context: CompileContext,
): CompiledLibrary {
  const { issues, registry, safety } = context
  const { today } = context.options
  const topics = new Map<string, Topic>()
  for (const [id, source] of parsed.topics) {
    const quiz = parsed.quizzes.get(id)
    topics.set(id, compileTopic(source, quiz, sources.present('quiz').has(id), context))
    checkFrontMatterLinks(source, registry, context)
    checkSourceReviewDates(source, today, issues)
    if (!parsed.handouts.has(id))
      issues.add(
        source.file,
        1,
        'handout',
        `no patient handout: add resources/content/handouts/${id}.md`,
      )
  }
  for (const [id, quiz] of parsed.quizzes) {
    if (!registry.topics.has(id))
      issues.add(quiz.file, quiz.yaml.lineOf(['topic']), 'topic', `no module "${id}" for this quiz`)
  }
  const handouts = [...parsed.handouts].map(([id, source]) => {
    if (!registry.topics.has(id))
      issues.add(
        source.file,
        source.yaml.lineOf(['topic']),
        'topic',
        `no module "${id}" for this handout`,
      )
    checkSourceReviewDates(source, today, issues)
    const handout = compileHandout(source, context)
    const pemat = parsed.pemats.get(id)
    if (pemat) handout.pemat = checkPemat(pemat, issues)
    else if (!sources.present('pemat').has(id))
      issues.add(
        source.file,
        1,
        'pemat',
        `no PEMAT-P score: add resources/content/handouts/${id}.pemat.yaml`,
      )
    return handout
  })
  for (const [id, pemat] of parsed.pemats) {
    if (!parsed.handouts.has(id))
      issues.add(pemat.file, 1, 'topic', `no handout "${id}" for this PEMAT score`)
  }
  const entryChecks = (
    source: ParsedMarkdownSource<HormoneFrontMatter | ConditionFrontMatter>,
  ): void => {
    checkSourceReviewDates(source, today, issues)
    source.meta.modules.forEach((module, index) => {
      if (!registry.topics.has(module))
        issues.add(
          source.file,
          source.yaml.lineOf(['modules', index]),
          'modules',
          `unknown module "${module}"`,
        )
    })
  }
  const hormones = [...parsed.hormones.values()].map((source) => {
    entryChecks(source)
    return compileHormone(source, context)
  })
  const conditions = [...parsed.conditions.values()].map((source) => {
    entryChecks(source)
    return compileCondition(source, context)
  })
  const comparisons = new Map<string, ComparisonTable>()
  for (const [id, source] of parsed.comparisons) {
    comparisons.set(id, compileComparison(source, context))
    checkEvidenceGrades(
      source,
      (kind, id) =>
        (kind === 'condition' ? parsed.conditions : parsed.hormones).get(id)?.meta.evidence,
      issues,
    )
  }
  for (const [id, topic] of parsed.topics) {
    const handout = parsed.handouts.get(id)
    if (handout && topics.has(id))
      checkRedFlagCoverage(topic, topics.get(id)!.redFlags, handout, safety, issues)
  }
  const decks = compileDecks(parsed.decks, topics, comparisons, context)
  const tiers = compileTiers(context)
  checkSafetyLinks(safety, registry, context)
  const synonymsSource = sources.of('synonyms')[0]
  const synonyms = compileSynonyms(
    synonymsSource &&
      (parseYamlFile(synonymsSource.file, synonymsSource.text, synonymsFile, issues) ?? undefined),
    {
      registry,
      topics,
      handouts: new Set(parsed.handouts.keys()),
      entryNames: [
        ...[...parsed.hormones.values()].map((s) => ({
          target: `hormone:${s.meta.id}`,
          file: s.file,
          names: entryNames(s.meta),
        })),
        ...[...parsed.conditions.values()].map((s) => ({
          target: `condition:${s.meta.id}`,
          file: s.file,
          names: entryNames(s.meta),
        })),
      ],
    },
    issues,
  )
  return { topics, handouts, hormones, conditions, comparisons, decks, tiers, synonyms }
}
