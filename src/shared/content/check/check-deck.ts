import type { Token } from 'markdown-it'
import type { ComparisonTable } from '../model'
import type { CompileContext } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import type { CompiledDeck, ParsedSlide } from '../compile/compile-deck'
import type { ParsedSection } from '../compile/compile-document'
import {
  DECK_BUDGET_TOLERANCE,
  SLIDE_COMPARE_LIMITS,
  SLIDE_WORD_LIMIT,
  type DeckFrontMatter,
} from '../parse/schemas/deck'
import { MEASURABLE_VERBS } from '../parse/schemas/topic'
import { checkMedicineCautions } from './check-medicine-cautions'
import { inlineText } from '../../markdown/inline-text'
import { safetyOf } from '../../markdown/plugins/safety-directives'

/** What a deck needs to know about its module. */
export interface DeckModuleFacts {
  teachingMinutes: number
  /** Red flags the module teaches; empty when its red-flag block is missing or broken. */
  redFlags: readonly string[]
  /** Tier of each flag, for "every emergency flag has a slide". */
  tierOf: (id: string) => string | undefined
}

/** Containers whose text makes no claim: a title, objectives, a case, a question, a prompt. */
const NO_CLAIM = ['title', 'objectives', 'vignette', 'question', 'say', 'ask', 'notes']

/** Words a reader sees: runs of text with at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

const hasCitation = (token: Token): boolean =>
  (token.children ?? []).some((c) => c.type === 'citation')

interface SlideText {
  words: number
  answerWords: number
  /** Claims (a paragraph, list item, table row or flow) with no citation, by body line. */
  uncited: { line: number; text: string }[]
  objectives: { line: number; text: string }[]
}

/** Reads what the author wrote on a slide: word counts, claims and objectives. */
function slideText(tokens: readonly Token[]): SlideText {
  const result: SlideText = { words: 0, answerWords: 0, uncited: [], objectives: [] }
  const stack: { name: string; at: number }[] = []
  const items: number[] = []
  const units = new Map<string, { line: number; cited: boolean; text: string }>()
  let row: number | null = null
  let inHead = false
  let inHeading = false
  let line = 0
  tokens.forEach((token, index) => {
    line = token.map?.[0] ?? line
    const container = /^container_(.+)_(open|close)$/.exec(token.type)
    if (container) {
      if (container[2] === 'open') stack.push({ name: container[1]!, at: index })
      else stack.pop()
      return
    }
    if (token.type === 'list_item_open') items.push(index)
    if (token.type === 'list_item_close') items.pop()
    if (token.type === 'tr_open') row = index
    if (token.type === 'tr_close') row = null
    if (token.type === 'thead_open' || token.type === 'thead_close') inHead = !inHead
    if (token.type === 'heading_open' || token.type === 'heading_close') inHeading = !inHeading
    if (token.type !== 'inline' || safetyOf(token)) return
    const names = stack.map((s) => s.name)
    if (names.includes('notes')) return
    const text = inlineText(token)
    if (names.includes('answer')) result.answerWords += countWords(text)
    else result.words += countWords(text)
    if (names.includes('objectives')) result.objectives.push({ line, text })
    if (inHeading || inHead || names.some((n) => NO_CLAIM.includes(n))) return
    const flow = stack.find((s) => s.name === 'flow')
    const key = flow
      ? `flow${flow.at}`
      : items.length
        ? `item${items.at(-1)}`
        : row !== null
          ? `row${row}`
          : `text${index}`
    const unit = units.get(key) ?? { line, cited: false, text: '' }
    unit.cited ||= hasCitation(token)
    unit.text += `${unit.text ? ' ' : ''}${text}`
    units.set(key, unit)
  })
  result.uncited = [...units.values()]
    .filter((u) => !u.cited && countWords(u.text) > 0)
    .map(({ line, text }) => ({ line, text }))
  return result
}

/** `tokens` without the inside of `::: question` blocks. */
function withoutQuestions(tokens: readonly Token[]): Token[] {
  let depth = 0
  return tokens.filter((token) => {
    if (token.type === 'container_question_open') depth++
    const keep = depth === 0
    if (token.type === 'container_question_close') depth--
    return keep
  })
}

function checkSlide(
  parsed: ParsedSlide,
  compiled: CompiledDeck,
  file: string,
  context: CompileContext,
  comparisons: ReadonlyMap<string, ComparisonTable>,
): void {
  const { slide, tokens, line: headingLine, notesCount } = parsed
  const { issues } = context
  const at = (token: Token | undefined) => compiled.toFileLine(token?.map?.[0] ?? 0)
  const name = `slide "${slide.title}"`

  if (notesCount === 0) {
    issues.add(
      file,
      headingLine,
      'notes',
      `${name} needs presenter notes with its budget: "::: notes <minutes>"`,
    )
  } else if (notesCount > 1) {
    issues.add(
      file,
      headingLine,
      'notes',
      `${name} has ${notesCount} presenter-notes blocks; merge them`,
    )
  } else {
    const notes = tokens.find((t) => t.type === 'container_notes_open')
    if (slide.minutes < 1) {
      issues.add(
        file,
        at(notes),
        'notes',
        `give ${name} its budget in whole minutes, at least 1: "::: notes 2"`,
      )
    }
    const open = tokens.indexOf(notes!)
    const close = tokens.findIndex((t, i) => i > open && t.type === 'container_notes_close')
    const said = tokens
      .slice(open, close === -1 ? tokens.length : close)
      .some((t) => t.type === 'inline' && !safetyOf(t) && inlineText(t).length > 0)
    if (!said)
      issues.add(file, at(notes), 'notes', `the notes of ${name} are empty; write what to say`)
  }

  const text = slideText(tokens)
  if (text.words > SLIDE_WORD_LIMIT) {
    issues.add(
      file,
      headingLine,
      'words',
      `${name} has ${text.words} words; a slide holds at most ${SLIDE_WORD_LIMIT} (move detail to the notes)`,
    )
  }
  if (text.answerWords > SLIDE_WORD_LIMIT) {
    issues.add(
      file,
      at(tokens.find((t) => t.type === 'container_answer_open')),
      'words',
      `the answer on ${name} has ${text.answerWords} words; at most ${SLIDE_WORD_LIMIT}`,
    )
  }
  for (const claim of text.uncited) {
    issues.add(
      file,
      compiled.toFileLine(claim.line),
      'citation',
      `"${claim.text.slice(0, 60)}" needs a citation [@key]; text that makes no claim goes in "::: title", "::: objectives", "::: vignette", "::: question", "::: say" or "::: ask"`,
    )
  }
  for (const objective of text.objectives) {
    const verb = objective.text.split(/\s+/)[0] ?? ''
    if (!(MEASURABLE_VERBS as readonly string[]).includes(verb)) {
      issues.add(
        file,
        compiled.toFileLine(objective.line),
        'objectives',
        `"${verb}" is not a measurable verb; start with one of: ${MEASURABLE_VERBS.join(', ')}`,
      )
    }
  }

  const count = (kind: string) => slide.blocks.filter((b) => b.kind === kind).length
  const questions = count('question')
  const answers = count('answer')
  if (questions > 1 || answers > 1) {
    issues.add(
      file,
      headingLine,
      'question',
      `${name} holds one "::: question" and one "::: answer"`,
    )
  } else if (questions !== answers) {
    issues.add(
      file,
      headingLine,
      'question',
      questions
        ? `${name} asks a question without an "::: answer" to reveal`
        : `${name} has an "::: answer" without a "::: question"`,
    )
  }
  if (count('compare') > 1) {
    issues.add(
      file,
      headingLine,
      'compare',
      `${name} holds one comparison; split it over two slides`,
    )
  }
  for (const block of slide.blocks) {
    if (block.kind !== 'compare') continue
    const table = comparisons.get(block.tableId)
    const line = at(tokens.find((t) => t.type === 'container_compare_open'))
    if (block.rows.length > SLIDE_COMPARE_LIMITS.rows) {
      issues.add(
        file,
        line,
        'compare',
        `${name} shows ${block.rows.length} rows; at most ${SLIDE_COMPARE_LIMITS.rows} fit, choose them with rows=`,
      )
    }
    if (block.columns.length > SLIDE_COMPARE_LIMITS.columns) {
      issues.add(
        file,
        line,
        'compare',
        `${name} shows ${block.columns.length} columns; at most ${SLIDE_COMPARE_LIMITS.columns} fit beside the row names`,
      )
    }
    const known = new Set(table?.columns.map((c) => c.id) ?? [])
    for (const column of table ? block.columns.filter((c) => !known.has(c)) : []) {
      issues.add(file, line, 'compare', `table "${block.tableId}" has no column "${column}"`)
    }
  }
}

/**
 * Everything a deck must get right: every slide short, cited, with notes and a budget; the
 * budgets add up to the deck's minutes, which sit within 10% of the module's teaching time
 * (`module` is undefined when the module could not be read: that is reported once, elsewhere);
 * red flags on slides are the module's, and every emergency flag it teaches
 * has a slide; cross-links resolve; a slide that suggests a medicine prints its cautions in
 * the notes.
 */
export function checkDeck(
  source: ParsedMarkdownSource<DeckFrontMatter>,
  compiled: CompiledDeck,
  module: DeckModuleFacts | undefined,
  context: CompileContext,
  comparisons: ReadonlyMap<string, ComparisonTable>,
): void {
  const { file, meta, yaml } = source
  const { issues, registry } = context
  if (!compiled.slides.length) {
    issues.add(
      file,
      compiled.toFileLine(0),
      'slide',
      'the deck has no slides: write "# Section" then "## Slide title"',
    )
  }
  for (const slide of compiled.slides) checkSlide(slide, compiled, file, context, comparisons)

  const total = compiled.slides.reduce((sum, s) => sum + s.slide.minutes, 0)
  if (source.valid && compiled.slides.length && total !== meta.minutes) {
    issues.add(
      file,
      yaml.lineOf(['minutes']),
      'minutes',
      `is ${meta.minutes}, but the slides' budgets add up to ${total} minutes; make them agree`,
    )
  }
  if (source.valid && module) {
    const slack = module.teachingMinutes * DECK_BUDGET_TOLERANCE
    if (Math.abs(meta.minutes - module.teachingMinutes) > slack) {
      issues.add(
        file,
        yaml.lineOf(['minutes']),
        'minutes',
        `is ${meta.minutes}, but the module teaches in ${module.teachingMinutes} minutes; keep within 10% (${Math.ceil(module.teachingMinutes - slack)}–${Math.floor(module.teachingMinutes + slack)})`,
      )
    }
  }

  // Red flags: only when the module's own list compiled, so a broken module is reported once.
  if (module?.redFlags.length) {
    const onSlides = new Map<string, number>()
    for (const { tokens } of compiled.slides) {
      for (const token of tokens) {
        const directive = safetyOf(token)
        if (directive?.name !== 'red-flags') continue
        for (const id of directive.ids) onSlides.set(id, compiled.toFileLine(directive.line))
      }
    }
    for (const [id, line] of onSlides) {
      // An unknown id is reported by the expander already.
      if (context.safety.flags.has(id) && !module.redFlags.includes(id))
        issues.add(
          file,
          line,
          'red-flags',
          `"${id}" is not a red flag module "${meta.module}" teaches`,
        )
    }
    const missing = module.redFlags.filter(
      (id) => module.tierOf(id) === 'emergency' && !onSlides.has(id),
    )
    if (missing.length) {
      issues.add(
        file,
        1,
        'red-flags',
        `every emergency red flag the module teaches needs a slide; missing: ${missing.join(', ')}`,
      )
    }
  }

  for (const reference of compiled.xrefs) {
    if (reference.type !== 'xref') continue
    const { kind, id } = reference.target
    const known = {
      module: registry.topics,
      hormone: registry.hormones,
      condition: registry.conditions,
      compare: registry.comparisons,
    }[kind]
    if (!known?.has(id)) {
      issues.add(file, compiled.toFileLine(reference.line), 'cross-link', `unknown ${kind} "${id}"`)
    }
  }

  // A question's options name medicines as distractors; that is not advice.
  const sections: ParsedSection[] = compiled.slides.map(({ slide, line, tokens }) => ({
    title: slide.title,
    slug: slide.id,
    line,
    tokens: withoutQuestions(tokens),
    section: { slug: slide.id, title: slide.title, blocks: [], notes: null, subheadings: [] },
  }))
  checkMedicineCautions(sections, context.safety, file, compiled.toFileLine, issues, { exempt: [] })
}
