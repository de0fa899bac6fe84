import type { ContentBundle, Topic, ComparisonTable } from './model'
import type { CompileContext, CompileOptions, Registry } from './context'
import type { ContentIssue } from './issues'
import { IssueList } from './issues'
import { Ledger } from './compile/ledger'
import {
  parseMarkdownSource,
  parseYamlFile,
  type ParsedMarkdownSource,
  type ParsedYamlSource,
} from './parse/parse-source'
import { parseBibliography } from './parse/parse-bibliography'
import { checkSourceText } from './parse/source-limits'
import { topicDefaults, topicFrontMatter, type TopicFrontMatter } from './parse/schemas/topic'
import { quizFile, type QuizFile } from './parse/schemas/quiz'
import {
  handoutDefaults,
  handoutFrontMatter,
  type HandoutFrontMatter,
} from './parse/schemas/handout'
import { pematFile, type PematFile } from './parse/schemas/pemat'
import {
  conditionDefaults,
  conditionFrontMatter,
  hormoneDefaults,
  hormoneFrontMatter,
  type ConditionFrontMatter,
  type HormoneFrontMatter,
} from './parse/schemas/reference-entry'
import { comparisonFile, type ComparisonFile } from './parse/schemas/comparison'
import { deckDefaults, deckFrontMatter, type DeckFrontMatter } from './parse/schemas/deck'
import { compileDecks } from './compile/compile-decks'
import { compileTopic } from './compile/compile-topic'
import { compileHandout } from './compile/compile-handout'
import { compileCondition, compileHormone } from './compile/compile-entry'
import { compileComparison } from './compile/compile-comparison'
import { checkReferences } from './check/check-references'
import { checkBibliographyUse, checkEntriesLinked, computeBacklinks } from './check/check-coverage'
import { checkSourceReviewDates } from './check/check-dates'
import { checkPemat } from './check/check-pemat'
import { parseSafety, type SafetyData } from './parse/parse-safety'
import { checkRedFlagCoverage } from './check/check-red-flag-coverage'
import { checkEvidenceGrades } from './check/check-evidence-grades'
import {
  checkBibliographyEntries,
  internalCitationReport,
  type InternalCitationReport,
} from './check/check-bibliography'
import { renderInlineTracked } from './compile/render-inline'
import { synonymsFile } from './parse/schemas/synonyms'
import { compileSynonyms } from './compile/compile-synonyms'
import { entryNames } from '../search/entry-names'
import { documentEnv } from './context'
import type { UrgencyTier } from './model'

/** A content file: `path` relative to the content root (e.g. `topics/x.md`). */
export interface SourceFile {
  path: string
  text: string
}

export interface CompileResult {
  bundle: ContentBundle
  issues: ContentIssue[]
  /** How many clinical claims rest on the internal review alone (target: none). */
  internalCitations: InternalCitationReport
}

const KINDS = [
  { kind: 'topic', pattern: /^topics\/([^/]+)\.md$/ },
  { kind: 'quiz', pattern: /^quizzes\/([^/]+)\.yaml$/ },
  { kind: 'pemat', pattern: /^handouts\/([^/]+)\.pemat\.yaml$/ },
  { kind: 'handout', pattern: /^handouts\/([^/]+)\.md$/ },
  { kind: 'hormone', pattern: /^hormones\/([^/]+)\.md$/ },
  { kind: 'condition', pattern: /^conditions\/([^/]+)\.md$/ },
  { kind: 'comparison', pattern: /^comparisons\/([^/]+)\.yaml$/ },
  { kind: 'deck', pattern: /^decks\/([^/]+)\.md$/ },
  { kind: 'bibliography', pattern: /^(bibliography)\.yaml$/ },
  { kind: 'safety', pattern: /^(urgency-tiers|red-flags|medicines)\.yaml$/ },
  { kind: 'synonyms', pattern: /^(synonyms)\.yaml$/ },
  { kind: 'readme', pattern: /^(?:.*\/)?(README|CHANGELOG)\.md$/ },
] as const
type Kind = (typeof KINDS)[number]['kind']

function classify(path: string): { kind: Kind; name: string } | null {
  for (const { kind, pattern } of KINDS) {
    const match = pattern.exec(path)
    if (match) return { kind, name: match[1]! }
  }
  return null
}

/**
 * Parses, validates and renders all content. Every problem is collected (none stops the
 * run), each naming file, line and field. `root` prefixes paths in messages.
 */
export function compileContent(
  files: SourceFile[],
  options: CompileOptions,
  root = 'resources/content',
): CompileResult {
  const issues = new IssueList()
  const display = (path: string): string => `${root}/${path}`
  const groups = new Map<Kind, { file: string; name: string; text: string }[]>()
  const refused = new Set<string>()
  for (const file of files) {
    // Too large, binary or not UTF-8: reported with its line, then left out of every other
    // check (but still known by name, so links to it are not reported as unknown).
    if (!checkSourceText(display(file.path), file.text, issues)) refused.add(display(file.path))
    const found = classify(file.path)
    if (!found) {
      issues.add(
        display(file.path),
        1,
        'file',
        'not a known content file; see resources/content/README.md for where each kind lives',
      )
      continue
    }
    const list = groups.get(found.kind) ?? []
    list.push({ file: display(file.path), name: found.name, text: file.text })
    groups.set(found.kind, list)
  }
  const of = (kind: Kind) => (groups.get(kind) ?? []).filter((f) => !refused.has(f.file))

  // Phase 1: front matter and YAML, so every title is known before any body renders.
  const { bibliography, parsed: bibliographyParsed } = parseBibliography(
    of('bibliography')[0],
    display('bibliography.yaml'),
    issues,
  )
  if (bibliographyParsed) checkBibliographyEntries(bibliographyParsed, issues)
  const safety = parseSafety(safetySources(of('safety')), display, issues)

  const markdownOf = <T extends object>(
    kind: Kind,
    schema: Parameters<typeof parseMarkdownSource<T>>[2],
    idOf: (meta: T) => string,
    defaults: (name: string) => T,
  ) =>
    uniqueById(
      of(kind).flatMap(({ file, name, text }) => {
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
    kind: Kind,
    schema: Parameters<typeof parseYamlFile<T>>[2],
    idOf: (data: T) => string,
  ) =>
    uniqueById(
      of(kind).flatMap(({ file, name, text }) => {
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

  const topicSources = markdownOf(
    'topic',
    topicFrontMatter,
    (m: TopicFrontMatter) => m.id,
    topicDefaults,
  )
  const handoutSources = markdownOf(
    'handout',
    handoutFrontMatter,
    (m: HandoutFrontMatter) => m.topic,
    handoutDefaults,
  )
  const hormoneSources = markdownOf(
    'hormone',
    hormoneFrontMatter,
    (m: HormoneFrontMatter) => m.id,
    hormoneDefaults,
  )
  const conditionSources = markdownOf(
    'condition',
    conditionFrontMatter,
    (m: ConditionFrontMatter) => m.id,
    conditionDefaults,
  )
  const deckSources = markdownOf(
    'deck',
    deckFrontMatter,
    (m: DeckFrontMatter) => m.module,
    deckDefaults,
  )
  // Files that exist but failed validation still count as present, so their absence is not
  // reported a second time elsewhere.
  const presentByKind = new Map<Kind, Set<string>>()
  const present = (kind: Kind): Set<string> => {
    // Asked once per module for some kinds: made once, not once per module.
    let names = presentByKind.get(kind)
    if (!names) {
      names = new Set((groups.get(kind) ?? []).map((f) => f.name))
      presentByKind.set(kind, names)
    }
    return names
  }
  const quizSources = yamlOf<QuizFile>('quiz', quizFile, (d) => d.topic)
  const pematSources = yamlOf<PematFile>('pemat', pematFile, (d) => d.topic)
  const comparisonSources = yamlOf<ComparisonFile>('comparison', comparisonFile, (d) => d.id)

  // A file whose front matter could not be read at all is still known by its name, so links to
  // it are not reported again as unknown in every file that makes them.
  const known = <P>(
    kind: Kind,
    parsed: Map<string, P>,
    describe: (p: P) => { title: string; summary: string },
  ) =>
    new Map([
      ...[...present(kind)].map((id) => [id, { title: id, summary: id }] as const),
      ...[...parsed].map(([id, p]) => [id, describe(p)] as const),
    ])
  const registry: Registry = {
    topics: known('topic', topicSources, (p) => ({ title: p.meta.title, summary: p.meta.summary })),
    hormones: known('hormone', hormoneSources, (p) => ({
      title: p.meta.name,
      summary: p.meta.summary,
    })),
    conditions: known('condition', conditionSources, (p) => ({
      title: p.meta.name,
      summary: p.meta.summary,
    })),
    comparisons: new Map([
      ...[...present('comparison')].map((id) => [id, { title: id, summary: id }] as const),
      ...[...comparisonSources].map(
        ([id, p]) => [id, { title: p.data.title, summary: p.data.title }] as const,
      ),
    ]),
  }
  const context: CompileContext = {
    issues,
    ledger: new Ledger(),
    bibliography,
    registry,
    safety,
    options,
  }

  // Phase 2: bodies, in a fixed order so reference numbering is reproducible.
  const topics = new Map<string, Topic>()
  for (const [id, source] of topicSources) {
    topics.set(id, compileTopic(source, quizSources.get(id), present('quiz').has(id), context))
    checkFrontMatterLinks(source, registry, context)
    checkSourceReviewDates(source, options.today, issues)
    if (!handoutSources.has(id))
      issues.add(
        source.file,
        1,
        'handout',
        `no patient handout: add resources/content/handouts/${id}.md`,
      )
  }
  for (const [id, quiz] of quizSources) {
    if (!registry.topics.has(id))
      issues.add(quiz.file, quiz.yaml.lineOf(['topic']), 'topic', `no module "${id}" for this quiz`)
  }
  const handouts = [...handoutSources].map(([id, source]) => {
    if (!registry.topics.has(id))
      issues.add(
        source.file,
        source.yaml.lineOf(['topic']),
        'topic',
        `no module "${id}" for this handout`,
      )
    checkSourceReviewDates(source, options.today, issues)
    const handout = compileHandout(source, context)
    const pemat = pematSources.get(id)
    if (pemat) handout.pemat = checkPemat(pemat, issues)
    else if (!present('pemat').has(id))
      issues.add(
        source.file,
        1,
        'pemat',
        `no PEMAT-P score: add resources/content/handouts/${id}.pemat.yaml`,
      )
    return handout
  })
  for (const [id, pemat] of pematSources) {
    if (!handoutSources.has(id))
      issues.add(pemat.file, 1, 'topic', `no handout "${id}" for this PEMAT score`)
  }
  const entryChecks = (
    source: ParsedMarkdownSource<HormoneFrontMatter | ConditionFrontMatter>,
  ): void => {
    checkSourceReviewDates(source, options.today, issues)
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
  const hormones = [...hormoneSources.values()].map((source) => {
    entryChecks(source)
    return compileHormone(source, context)
  })
  const conditions = [...conditionSources.values()].map((source) => {
    entryChecks(source)
    return compileCondition(source, context)
  })
  const comparisons = new Map<string, ComparisonTable>()
  for (const [id, source] of comparisonSources) {
    comparisons.set(id, compileComparison(source, context))
    checkEvidenceGrades(
      source,
      (kind, id) =>
        (kind === 'condition' ? conditionSources : hormoneSources).get(id)?.meta.evidence,
      issues,
    )
  }
  for (const [id, topic] of topicSources) {
    const handout = handoutSources.get(id)
    if (handout && topics.has(id))
      checkRedFlagCoverage(topic, topics.get(id)!.redFlags, handout, safety, issues)
  }
  const decks = compileDecks(deckSources, topics, comparisons, context)
  const tiers = compileTiers(safety, context)
  checkSafetyLinks(safety, registry, context)
  const synonymsSource = of('synonyms')[0]
  const synonyms = compileSynonyms(
    synonymsSource &&
      (parseYamlFile(synonymsSource.file, synonymsSource.text, synonymsFile, issues) ?? undefined),
    {
      registry,
      topics,
      handouts: new Set(handoutSources.keys()),
      entryNames: [
        ...[...hormoneSources.values()].map((s) => ({
          target: `hormone:${s.meta.id}`,
          file: s.file,
          names: entryNames(s.meta),
        })),
        ...[...conditionSources.values()].map((s) => ({
          target: `condition:${s.meta.id}`,
          file: s.file,
          names: entryNames(s.meta),
        })),
      ],
    },
    issues,
  )

  // Phase 3: what can only be checked with everything compiled.
  checkReferences(context, topics, comparisons)
  if (bibliographyParsed) {
    const entries = bibliographyParsed.data.entries
    checkBibliographyUse(context, bibliographyParsed.file, (key) =>
      bibliographyParsed.yaml.lineOf(['entries', entries.findIndex((e) => e.key === key), 'key']),
    )
  }
  const internalCitations = internalCitationReport(context.ledger.references, bibliography)
  for (const claim of internalCitations.internalOnly) {
    issues.add(
      claim.file,
      claim.line,
      'citation',
      `"…${claim.claim.slice(-80)}" rests on the internal evidence review alone; cite the primary study or guideline (the review may support only "no source was found" statements)`,
    )
  }
  const bundle: ContentBundle = {
    tiers,
    topics: [...topics.values()],
    handouts,
    hormones,
    conditions,
    comparisons: [...comparisons.values()],
    backlinks: {},
    decks,
    synonyms,
  }
  checkEntriesLinked(
    context,
    bundle,
    (kind, id) => (kind === 'hormone' ? hormoneSources : conditionSources).get(id)?.file ?? '',
  )
  bundle.backlinks = computeBacklinks(context, bundle)
  return { bundle, issues: issues.items, internalCitations }
}

/**
 * Sources and conditions named by red flags and medicines exist; their sources count as cited
 * (they print wherever a module or handout names the flag or medicine).
 */
function checkSafetyLinks(safety: SafetyData, registry: Registry, context: CompileContext): void {
  const located = [...safety.flags.values(), ...safety.medicines.values()]
  for (const { entry, file, line } of located) {
    for (const key of entry.cite) {
      context.ledger.add(
        { type: 'citation', key, line: 0 },
        { file, line, href: '#/', label: entry.id, context: file, from: 'reference' },
      )
    }
  }
  for (const { entry, file, line } of safety.flags.values()) {
    for (const id of entry.conditions) {
      if (!registry.conditions.has(id))
        context.issues.add(file, line, 'conditions', `"${entry.id}": unknown condition "${id}"`)
    }
  }
}

/** The three safety files by role, for `parseSafety`. */
export function safetySources(files: { file: string; name: string; text: string }[]): {
  tiers: { file: string; text: string } | undefined
  flags: { file: string; text: string } | undefined
  medicines: { file: string; text: string } | undefined
} {
  const find = (name: string) => files.find((f) => f.name === name)
  return { tiers: find('urgency-tiers'), flags: find('red-flags'), medicines: find('medicines') }
}

/** The tier model as the app shows it, with the clinician line rendered (it may cite). */
function compileTiers(safety: SafetyData, context: CompileContext): UrgencyTier[] {
  const env = documentEnv(context)
  return [...safety.tiers.values()].map((tier) => ({
    id: tier.id,
    label: tier.label,
    clinicianHtml: renderInlineTracked(tier.clinician, env).html,
    patient: { ...tier.patient },
  }))
}

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

function checkFrontMatterLinks(
  source: ParsedMarkdownSource<TopicFrontMatter>,
  registry: Registry,
  context: CompileContext,
): void {
  const { meta, file, yaml } = source
  const lists = [
    ['related', registry.topics, 'module'],
    ['hormones', registry.hormones, 'hormone'],
    ['conditions', registry.conditions, 'condition'],
  ] as const
  for (const [field, known, noun] of lists) {
    meta[field].forEach((id, index) => {
      if (!known.has(id))
        context.issues.add(file, yaml.lineOf([field, index]), field, `unknown ${noun} "${id}"`)
      if (field === 'related' && id === meta.id)
        context.issues.add(
          file,
          yaml.lineOf([field, index]),
          field,
          'a module cannot be related to itself',
        )
    })
  }
}

export type { ParsedYamlSource }
