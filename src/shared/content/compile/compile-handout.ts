import { safetyOf } from '../../markdown/plugins/safety-directives'
import type { Handout, HelpTier } from '../model'
import type { CompileContext } from '../context'
import type { ParsedMarkdownSource } from '../parse/parse-source'
import {
  HANDOUT_MAX_GRADE,
  HANDOUT_SECTIONS,
  HANDOUT_WORDS,
  type HandoutFrontMatter,
} from '../parse/schemas/handout'
import { documentEnv } from '../context'
import { compileDocument } from './compile-document'
import { buildReferences } from './bibliography'
import { reportProblems } from './ledger'
import { plainText } from './token-queries'
import { moduleHref } from '../../routes'
import { TIER_IDS } from '../labels'
import { handoutBlocks } from './handout-blocks'
import { checkMedicineCautions } from '../check/check-medicine-cautions'

/** Block and inline constructs the PDF service can lay out; anything else is refused. */
const PRINTABLE_BLOCKS = new Set([
  'paragraph_open',
  'paragraph_close',
  'inline',
  'bullet_list_open',
  'bullet_list_close',
  'ordered_list_open',
  'ordered_list_close',
  'list_item_open',
  'list_item_close',
])
const PRINTABLE_INLINE = new Set([
  'text',
  'strong_open',
  'strong_close',
  'em_open',
  'em_close',
  'softbreak',
  'hardbreak',
])

/**
 * All patient-facing words of a handout, in reading order, for word count and grade. List
 * items and headings become sentences, as a reader takes them, so that readability formulas
 * do not read a whole list as one long sentence.
 */
export function handoutText(meta: HandoutFrontMatter, bodyText: string, help: HelpTier[]): string {
  return [
    meta.title,
    meta.summary,
    ...bodyText.split('\n'),
    ...help.flatMap((tier) => [tier.action, tier.lead, ...tier.items.map((i) => i.text)]),
    ...meta.checklist,
    ...meta.questions,
  ]
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => (/[.?!:]$/.test(line) ? line : `${line}.`))
    .join('\n')
}

export function compileHandout(
  source: ParsedMarkdownSource<HandoutFrontMatter>,
  context: CompileContext,
): Handout {
  const { file, meta, split, yaml } = source
  const { issues, ledger } = context
  const env = documentEnv(context, undefined, 'patient')
  const parsed = compileDocument(
    { file, body: split.body, bodyFirstLine: split.bodyFirstLine, env, issues },
    { required: HANDOUT_SECTIONS, allowExtra: (title) => title.endsWith('?') },
  )
  const toFileLine = (line: number): number => split.bodyFirstLine + line
  reportProblems(env.problems, file, toFileLine, issues)
  const linked = env.links.find((link) => link.type !== 'cautions' && link.type !== 'red-flags')
  if (linked) {
    issues.add(
      file,
      toFileLine(linked.line),
      'handout',
      'patient handouts do not use citations or cross-links in the text; list sources in the front matter',
    )
  }
  env.links.length = 0
  checkMedicineCautions(parsed, context.safety, file, toFileLine, issues, {
    exempt: HANDOUT_MYTH_SECTIONS,
    extraText: [...meta.checklist, ...meta.questions],
  })

  // Each construct the PDF cannot print is reported once, on its first line; its inner tokens
  // are skipped. Citations and cross-links were reported above.
  for (const section of parsed) {
    const tokens = section.tokens
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      // Text generated from the safety data (caution boxes) is printable by construction.
      if (safetyOf(token)) continue
      if (!PRINTABLE_BLOCKS.has(token.type)) {
        issues.add(
          file,
          toFileLine(token.map?.[0] ?? 0),
          'handout',
          `"${token.type.replace(/_open$/, '')}" cannot be printed in a handout; use paragraphs, lists, bold and italics`,
        )
        if (token.nesting === 1) {
          const close = tokens.findIndex(
            (t, j) => j > i && t.nesting === -1 && t.level === token.level,
          )
          i = close === -1 ? tokens.length : close
        }
        continue
      }
      const reported = new Set<string>()
      for (const child of token.children ?? []) {
        const kind = child.type.replace(/_(open|close)$/, '')
        if (
          PRINTABLE_INLINE.has(child.type) ||
          kind === 'citation' ||
          kind === 'xref' ||
          reported.has(kind)
        ) {
          continue
        }
        reported.add(kind)
        issues.add(
          file,
          toFileLine(token.map?.[0] ?? 0),
          'handout',
          `"${kind}" cannot be printed in a handout`,
        )
      }
    }
  }

  meta.sources.forEach((key, index) => {
    ledger.add(
      { type: 'citation', key, line: 0 },
      {
        file,
        line: yaml.lineOf(['sources', index]),
        href: moduleHref(meta.topic),
        label: 'Patient handout',
        context: meta.title,
        from: 'handout',
      },
    )
  })

  const sections = parsed.map((section) => ({
    title: section.title,
    html: section.section.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join(''),
    blocks: handoutBlocks(section.tokens),
  }))
  const help = helpTiers(source, context)

  let readability: Handout['readability'] = null
  if (context.options.readability && source.valid) {
    const text = handoutText(
      meta,
      parsed.map((p) => `${p.title}\n${plainText(p.tokens)}`).join('\n'),
      help,
    )
    const measured = context.options.readability(text)
    readability = { words: measured.words, grade: Math.round(measured.grade * 10) / 10 }
    if (measured.words < HANDOUT_WORDS.min || measured.words > HANDOUT_WORDS.max) {
      issues.add(
        file,
        1,
        'length',
        `has ${measured.words} words; a handout has ${HANDOUT_WORDS.min} to ${HANDOUT_WORDS.max}`,
      )
    }
    if (readability.grade > HANDOUT_MAX_GRADE) {
      issues.add(
        file,
        1,
        'readability',
        `Flesch-Kincaid grade is ${readability.grade}; shorten sentences and use shorter words to reach ${HANDOUT_MAX_GRADE} or below`,
      )
    }
  }

  return {
    topic: meta.topic,
    title: meta.title,
    summary: meta.summary,
    lastReviewed: meta.lastReviewed,
    nextReview: meta.nextReview,
    sections,
    help,
    checklist: meta.checklist,
    questions: meta.questions,
    sources: buildReferences(meta.sources, context.bibliography),
    readability,
    pemat: null,
  }
}

/** Handout sections that report what patients read online: mentioning a medicine there is not advice. */
export const HANDOUT_MYTH_SECTIONS = ['Is what I read online true?']

/**
 * "When should I get help?" from red-flag ids: each flag's patient wording under its tier,
 * most urgent tier first. An unknown id, or a flag with no patient wording, is reported.
 */
function helpTiers(
  source: ParsedMarkdownSource<HandoutFrontMatter>,
  context: CompileContext,
): HelpTier[] {
  const { file, meta, yaml } = source
  const { safety, issues } = context
  const items = meta.help.flatMap((id, index) => {
    const line = yaml.lineOf(['help', index])
    const flag = safety.flags.get(id)?.entry
    if (!flag) {
      issues.add(file, line, 'help', `unknown red flag "${id}"; ids come from red-flags.yaml`)
      return []
    }
    if (!flag.patient) {
      issues.add(
        file,
        line,
        'help',
        `red flag "${id}" has no patient wording in red-flags.yaml, so a handout cannot print it`,
      )
      return []
    }
    if (flag.tier === 'emergency' && !flag.short) {
      issues.add(
        file,
        line,
        'help',
        `emergency red flag "${id}" needs a short label (short:) in red-flags.yaml for the page-1 box`,
      )
    }
    return [
      { id, tier: flag.tier, text: flag.patient, ...(flag.short ? { short: flag.short } : {}) },
    ]
  })
  return TIER_IDS.flatMap((tierId) => {
    const tier = safety.tiers.get(tierId)
    const inTier = items.filter((item) => item.tier === tierId)
    if (!tier || !inTier.length) return []
    return [
      {
        tier: tierId,
        action: tier.patient.action,
        lead: tier.patient.lead,
        items: inTier.map(({ id, text, short }) => ({ id, text, ...(short ? { short } : {}) })),
      },
    ]
  })
}
