import type { Topic } from '../model'
import type { CompileContext } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { QuizFile } from '../parse/schemas/quiz'
import type { ParsedYamlSource } from '../parse/parse-source'
import {
  DIFFERENTIAL_COLUMNS,
  MEASURABLE_VERBS,
  TOPIC_ADVICE_EXEMPT,
  TOPIC_SECTIONS,
  type TopicFrontMatter,
} from '../parse/schemas/topic'
import { checkMedicineCautions } from '../check/check-medicine-cautions'
import { safetyOf } from '../../markdown/plugins/safety-directives'
import { documentEnv } from '../context'
import { compileDocument, type ParsedSection } from './compile-document'
import { buildReferences } from './bibliography'
import { reportProblems } from './ledger'
import { compileQuiz } from './compile-quiz'
import { containerRanges, containsCitation, firstListItems, tableHeaders } from './token-queries'
import { moduleHref } from '../../routes'
import { slugify } from '../../text/slugify'

/** Section slug of each required topic section, for links and checks. */
export const TOPIC_SECTION_SLUGS = TOPIC_SECTIONS.map(slugify)

/** Compiles a teaching module and its self-check into the bundle's `Topic`. */
export function compileTopic(
  source: ParsedMarkdownSource<TopicFrontMatter>,
  quiz: ParsedYamlSource<QuizFile> | undefined,
  quizFilePresent: boolean,
  context: CompileContext,
): Topic {
  const { file, meta, split } = source
  const { issues, ledger } = context
  const env = documentEnv(context, moduleHref(meta.id, 'references'))
  const parsed = compileDocument(
    { file, body: split.body, bodyFirstLine: split.bodyFirstLine, env, issues },
    { required: TOPIC_SECTIONS },
  )
  const toFileLine = (line: number): number => split.bodyFirstLine + line
  reportProblems(env.problems, file, toFileLine, issues)

  // The module's red flags, as its `::: red-flags` block lists them, before the ledger takes them.
  const redFlags = env.links.flatMap((link) => (link.type === 'red-flags' ? link.ids : []))
  // Locate every reference in its section, for validation and "Mentioned in" backlinks.
  ledger.drain(env, 0, (line) => {
    const fileLine = toFileLine(line)
    const section = [...parsed].reverse().find((s) => s.line <= fileLine)
    return {
      file,
      line: fileLine,
      href: moduleHref(meta.id, section?.slug),
      label: section?.title ?? meta.title,
      context: meta.title,
      from: 'module',
    }
  })

  checkTopicSections(parsed, source, context, toFileLine)
  checkMedicineCautions(parsed, context.safety, file, toFileLine, issues, {
    exempt: TOPIC_ADVICE_EXEMPT,
  })

  const questions = quiz ? compileQuiz(quiz, meta, env, context) : []
  if (!quizFilePresent) {
    issues.add(file, 1, 'self-check', `no quiz: add resources/content/quizzes/${meta.id}.yaml`)
  }

  const { handoutOmits: _omits, ...fields } = meta
  return {
    ...fields,
    redFlags: redFlags.filter((id) => context.safety.flags.has(id)),
    sections: parsed.map((p) => p.section),
    quiz: questions,
    references: buildReferences(env.citations, context.bibliography),
  }
}

function checkTopicSections(
  parsed: ParsedSection[],
  source: ParsedMarkdownSource<TopicFrontMatter>,
  context: CompileContext,
  toFileLine: (line: number) => number,
): void {
  const { file, meta } = source
  const { issues } = context
  const byTitle = new Map(parsed.map((p) => [p.title, p]))

  const objectives = byTitle.get('Learning objectives')
  if (objectives) {
    const items = firstListItems(objectives.tokens)
    if (items.length < 3 || items.length > 6) {
      issues.add(
        file,
        objectives.line,
        'objectives',
        `has ${items.length} objectives; write 3 to 6 as a list`,
      )
    }
    for (const item of items) {
      const verb = item.text.split(/\s+/)[0] ?? ''
      if (!(MEASURABLE_VERBS as readonly string[]).includes(verb)) {
        issues.add(
          file,
          toFileLine(item.line),
          'objectives',
          `"${verb}" is not a measurable verb; start with one of: ${MEASURABLE_VERBS.join(', ')}`,
        )
      }
    }
  }

  const keyPoints = byTitle.get('Key points')
  if (keyPoints) {
    const count = firstListItems(keyPoints.tokens).length
    if (count < 5 || count > 8) {
      issues.add(
        file,
        keyPoints.line,
        'key points',
        `has ${count} key points; write 5 to 8 as a list`,
      )
    }
  }

  // Red flags are printed from red-flags.yaml by one `::: red-flags` block, which also writes
  // the tier headings; a hand-written tier would be a second, unchecked copy.
  for (const section of parsed) {
    const blocks = section.tokens.filter(
      (t, i, all) =>
        safetyOf(t)?.name === 'red-flags' && (i === 0 || safetyOf(all[i - 1]!) !== safetyOf(t)),
    )
    if (section.title !== 'Red flags') {
      if (blocks.length)
        issues.add(
          file,
          toFileLine(blocks[0]!.map?.[0] ?? 0),
          'red flags',
          'list red flags only in the "Red flags" section',
        )
      continue
    }
    if (blocks.length !== 1) {
      issues.add(
        file,
        section.line,
        'red flags',
        `needs exactly one "::: red-flags" block listing red-flag ids from red-flags.yaml (found ${blocks.length})`,
      )
    }
    const authoredHeading = section.tokens.find((t) => t.type === 'heading_open' && !safetyOf(t))
    if (authoredHeading) {
      issues.add(
        file,
        toFileLine(authoredHeading.map?.[0] ?? 0),
        'red flags',
        'tier headings come from urgency-tiers.yaml; remove this heading and let "::: red-flags" print the tiers',
      )
    }
  }

  const differential = byTitle.get('Causes and differential diagnosis')
  if (differential) {
    const expected = DIFFERENTIAL_COLUMNS.map((c) => c.toLowerCase()).join('|')
    const tables = tableHeaders(differential.tokens)
    if (!tables.some((t) => t.headers.map((h) => h.toLowerCase()).join('|') === expected)) {
      issues.add(
        file,
        differential.line,
        'differential',
        `needs a comparison table with the columns: ${DIFFERENTIAL_COLUMNS.join(' | ')}`,
      )
    }
  }

  const myths = byTitle.get('What patients may have read')
  if (myths) {
    const blocks = containerRanges(myths.tokens, 'myth')
    if (blocks.length === 0) {
      issues.add(
        file,
        myths.line,
        'myths',
        'state each claim as "::: myth <rating> <claim>" with the evidence inside',
      )
    }
    for (const block of blocks) {
      if (!containsCitation(block)) {
        issues.add(
          file,
          toFileLine(block[0]!.map?.[0] ?? 0),
          'myths',
          'the evidence for this claim needs a citation [@key]',
        )
      }
    }
  }

  let minutes = 0
  for (const section of parsed) {
    const notes = containerRanges(section.tokens, 'notes')[0]
    if (!notes) {
      issues.add(
        file,
        section.line,
        'notes',
        `section "${section.title}" needs presenter notes: "::: notes <minutes>"`,
      )
      continue
    }
    minutes += section.section.notes?.minutes ?? 0
    if (!/ask the room/i.test(section.section.notes?.html ?? '')) {
      issues.add(
        file,
        toFileLine(notes[0]!.map?.[0] ?? 0),
        'notes',
        `notes for "${section.title}" need a question for the group, starting "Ask the room:"`,
      )
    }
  }
  if (source.valid && parsed.length && minutes !== meta.teachingMinutes) {
    issues.add(
      file,
      source.yaml.lineOf(['teachingMinutes']),
      'teachingMinutes',
      `is ${meta.teachingMinutes}, but the presenter notes add up to ${minutes} minutes; make them agree`,
    )
  }
}
