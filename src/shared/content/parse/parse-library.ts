import type { IssueList } from '../issues'
import type { Registry } from '../context'
import type { Bibliography } from '../compile/bibliography'
import type { BibliographyEntry } from './schemas/bibliography'
import {
  parseMarkdownSource,
  parseYamlFile,
  type ParsedMarkdownSource,
  type ParsedYamlSource,
} from './parse-source'
import { parseBibliography } from './parse-bibliography'
import { parseSafety, type SafetyData } from './parse-safety'
import type { NamedSource, SortedSources, SourceKind } from './sort-sources'
import { topicDefaults, topicFrontMatter, type TopicFrontMatter } from './schemas/topic'
import { quizFile, type QuizFile } from './schemas/quiz'
import { handoutDefaults, handoutFrontMatter, type HandoutFrontMatter } from './schemas/handout'
import { pematFile, type PematFile } from './schemas/pemat'
import {
  conditionDefaults,
  conditionFrontMatter,
  hormoneDefaults,
  hormoneFrontMatter,
  type ConditionFrontMatter,
  type HormoneFrontMatter,
} from './schemas/reference-entry'
import { comparisonFile, type ComparisonFile } from './schemas/comparison'
import { deckDefaults, deckFrontMatter, type DeckFrontMatter } from './schemas/deck'
import { checkBibliographyEntries } from '../check/check-bibliography'

type Parsed<T> = Map<string, ParsedMarkdownSource<T>>

/**
 * Every file's front matter or YAML read and validated, by id (sorted), with the titles of
 * everything a cross-link may name: what any body needs before it is rendered.
 */
export interface ParsedLibrary {
  bibliography: Bibliography
  /** The bibliography file as read, for the lines of its keys (null when it could not be). */
  bibliographySource: ParsedYamlSource<{ entries: BibliographyEntry[] }> | null
  safety: SafetyData
  topics: Parsed<TopicFrontMatter>
  handouts: Parsed<HandoutFrontMatter>
  hormones: Parsed<HormoneFrontMatter>
  conditions: Parsed<ConditionFrontMatter>
  decks: Parsed<DeckFrontMatter>
  quizzes: Map<string, ParsedYamlSource<QuizFile>>
  pemats: Map<string, ParsedYamlSource<PematFile>>
  comparisons: Map<string, ParsedYamlSource<ComparisonFile>>
  registry: Registry
}

/** Phase 1 of the compile: front matter and YAML, so every title is known before any body renders. */
export function parseLibrary(
  sources: SortedSources,
  display: (path: string) => string,
  issues: IssueList,
): ParsedLibrary {
  const { bibliography, parsed: bibliographySource } = parseBibliography(
    sources.of('bibliography')[0],
    display('bibliography.yaml'),
    issues,
  )
  if (bibliographySource) checkBibliographyEntries(bibliographySource, issues)
  const safety = parseSafety(safetySources(sources.of('safety')), display, issues)

  const markdownOf = <T extends object>(
    kind: SourceKind,
    schema: Parameters<typeof parseMarkdownSource<T>>[2],
    idOf: (meta: T) => string,
    defaults: (name: string) => T,
  ) =>
    uniqueById(
      sources.of(kind).flatMap(({ file, name, text }) => {
        const parsed = parseMarkdownSource(file, text, schema, issues, defaults(name))
        if (parsed && idOf(parsed.meta) !== name) {
          issues.add(
            file,
            parsed.yaml.lineOf(['id']),
            'id',
            `"${idOf(parsed.meta)}" must match the file name "${name}"`,
          )
        }
        return parsed ? [parsed] : []
      }),
      (p) => idOf(p.meta),
      (p) => [p.file, p.yaml.lineOf(['id'])],
      issues,
    )
  const yamlOf = <T>(
    kind: SourceKind,
    schema: Parameters<typeof parseYamlFile<T>>[2],
    idOf: (data: T) => string,
  ) =>
    uniqueById(
      sources.of(kind).flatMap(({ file, name, text }) => {
        const parsed = parseYamlFile(file, text, schema, issues)
        if (parsed && idOf(parsed.data) !== name) {
          issues.add(file, 1, 'id', `"${idOf(parsed.data)}" must match the file name "${name}"`)
        }
        return parsed ? [parsed] : []
      }),
      (p) => idOf(p.data),
      (p) => [p.file, 1],
      issues,
    )

  // In this order, so problems are listed in it.
  const topics = markdownOf('topic', topicFrontMatter, (m: TopicFrontMatter) => m.id, topicDefaults)
  const handouts = markdownOf(
    'handout',
    handoutFrontMatter,
    (m: HandoutFrontMatter) => m.topic,
    handoutDefaults,
  )
  const hormones = markdownOf(
    'hormone',
    hormoneFrontMatter,
    (m: HormoneFrontMatter) => m.id,
    hormoneDefaults,
  )
  const conditions = markdownOf(
    'condition',
    conditionFrontMatter,
    (m: ConditionFrontMatter) => m.id,
    conditionDefaults,
  )
  const decks = markdownOf('deck', deckFrontMatter, (m: DeckFrontMatter) => m.module, deckDefaults)
  const quizzes = yamlOf<QuizFile>('quiz', quizFile, (d) => d.topic)
  const pemats = yamlOf<PematFile>('pemat', pematFile, (d) => d.topic)
  const comparisons = yamlOf<ComparisonFile>('comparison', comparisonFile, (d) => d.id)

  // A file whose front matter could not be read at all is still known by its name, so links to
  // it are not reported again as unknown in every file that makes them.
  const known = <P>(
    kind: SourceKind,
    parsed: Map<string, P>,
    describe: (p: P) => { title: string; summary: string },
  ) =>
    new Map([
      ...[...sources.present(kind)].map((id) => [id, { title: id, summary: id }] as const),
      ...[...parsed].map(([id, p]) => [id, describe(p)] as const),
    ])
  const registry: Registry = {
    topics: known('topic', topics, (p) => ({ title: p.meta.title, summary: p.meta.summary })),
    hormones: known('hormone', hormones, (p) => ({ title: p.meta.name, summary: p.meta.summary })),
    conditions: known('condition', conditions, (p) => ({
      title: p.meta.name,
      summary: p.meta.summary,
    })),
    comparisons: known('comparison', comparisons, (p) => ({
      title: p.data.title,
      summary: p.data.title,
    })),
  }
  return {
    bibliography,
    bibliographySource,
    safety,
    topics,
    handouts,
    hormones,
    conditions,
    decks,
    quizzes,
    pemats,
    comparisons,
    registry,
  }
}

/** The three safety files by role, for `parseSafety`. */
export function safetySources(files: readonly NamedSource[]): {
  tiers: { file: string; text: string } | undefined
  flags: { file: string; text: string } | undefined
  medicines: { file: string; text: string } | undefined
} {
  const find = (name: string) => files.find((f) => f.name === name)
  return { tiers: find('urgency-tiers'), flags: find('red-flags'), medicines: find('medicines') }
}

/** Parsed files by id, sorted; a second file claiming an id is reported and left out. */
function uniqueById<P>(
  parsed: P[],
  idOf: (p: P) => string,
  where: (p: P) => [string, number],
  issues: IssueList,
): Map<string, P> {
  const byId = new Map<string, P>()
  for (const p of parsed) {
    const id = idOf(p)
    if (byId.has(id)) {
      const [file, line] = where(p)
      const [firstFile] = where(byId.get(id)!)
      issues.add(file, line, 'id', `"${id}" is already used by ${firstFile}`)
      continue
    }
    byId.set(id, p)
  }
  return new Map([...byId].sort(([a], [b]) => a.localeCompare(b)))
}
