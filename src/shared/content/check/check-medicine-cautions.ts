import type { Token } from 'markdown-it'
import type { IssueList } from '../issues'
import type { SafetyData } from '../parse/parse-safety'
import type { ParsedSection } from '../compile/compile-document'
import { inlineText } from '../../markdown/inline-text'
import { safetyOf } from '../../markdown/plugins/safety-directives'

export interface CautionRules {
  /** Section titles that explain or report claims rather than advise (physiology, myths). */
  exempt: readonly string[]
  /** Text outside the sections that may advise a medicine too (a handout's checklist). */
  extraText?: readonly string[]
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Words that turn a sentence naming a medicine into a warning against it. */
const NEGATION =
  /\b(?:not|no|never|avoid|neither|nor|without|instead of|rather than|ineffective|unsupported|unproven)\b/i

interface Matcher {
  id: string
  pattern: RegExp
  advisedAgainst: boolean
}

interface Matchers {
  medicines: Matcher[]
  /** Any term of any medicine: a text it does not match names no medicine. */
  any: RegExp
}

/** Any of `terms` as a whole word, plurals included. */
const termsPattern = (terms: readonly string[]): RegExp =>
  new RegExp(`\\b(?:${terms.map(escapeRegExp).join('|')})(?:s|es)?\\b`, 'i')

/** Matchers by safety data: every module, handout, entry and deck checks against the same. */
const matcherCache = new WeakMap<SafetyData, Matchers>()

/** A matcher per medicine, and one for all of them. */
function matchers(safety: SafetyData): Matchers {
  let found = matcherCache.get(safety)
  if (!found) {
    const entries = [...safety.medicines.values()].map(({ entry }) => entry)
    found = {
      medicines: entries.map((entry) => ({
        id: entry.id,
        pattern: termsPattern(entry.terms),
        advisedAgainst: entry.advisedAgainst,
      })),
      any: termsPattern(entries.flatMap((entry) => entry.terms)),
    }
    matcherCache.set(safety, found)
  }
  return found
}

/** A text to look for medicines in, split into sentences only when one is named. */
class Passage {
  private split: string[] | undefined
  constructor(readonly text: string) {}
  get sentences(): string[] {
    this.split ??= this.text.split(/(?<=[.!?;])\s+/)
    return this.split
  }
}

/** The first sentence of `text` that suggests the medicine (a warning against it does not). */
function suggestion(passage: Passage, medicine: Matcher): string | null {
  // A sentence is a stretch of the text between spaces, so a term found in none of the text is
  // in no sentence: most texts name no medicine and are never split.
  if (!medicine.pattern.test(passage.text)) return null
  for (const sentence of passage.sentences) {
    const match = medicine.pattern.exec(sentence)
    if (match && !(medicine.advisedAgainst && NEGATION.test(sentence))) return match[0]
  }
  return null
}

/**
 * Inline tokens the author wrote, outside `::: myth` blocks (claims patients read, not advice),
 * each with the nearest body line (table cells carry none of their own).
 */
function authoredInline(tokens: readonly Token[]): { token: Token; line: number }[] {
  const found: { token: Token; line: number }[] = []
  let inMyth = 0
  let line = 0
  for (const token of tokens) {
    line = token.map?.[0] ?? line
    if (token.type === 'container_myth_open') inMyth++
    else if (token.type === 'container_myth_close') inMyth--
    else if (token.type === 'inline' && !inMyth && !safetyOf(token)) found.push({ token, line })
  }
  return found
}

/**
 * A section that mentions a medicine from medicines.yaml must print its cautions with
 * `::: cautions <id>` in that same section, so advice never appears without them. For a
 * handout, a medicine named in the checklist needs its cautions somewhere in the text.
 */
export function checkMedicineCautions(
  sections: readonly ParsedSection[],
  safety: SafetyData,
  file: string,
  toFileLine: (line: number) => number,
  issues: IssueList,
  rules: CautionRules,
): void {
  const { medicines, any } = matchers(safety)
  const coveredAnywhere = new Set<string>()
  for (const section of sections) {
    const covered = new Set(
      section.tokens.flatMap((t) => {
        const directive = safetyOf(t)
        return directive?.name === 'cautions' ? directive.ids : []
      }),
    )
    covered.forEach((id) => coveredAnywhere.add(id))
    if (rules.exempt.includes(section.title)) continue
    const reported = new Set<string>()
    for (const { token, line } of authoredInline(section.tokens)) {
      const passage = new Passage(inlineText(token))
      if (!any.test(passage.text)) continue
      for (const medicine of medicines) {
        const { id } = medicine
        if (covered.has(id) || reported.has(id)) continue
        const term = suggestion(passage, medicine)
        if (!term) continue
        reported.add(id)
        issues.add(
          file,
          toFileLine(line),
          'cautions',
          `"${term}" is suggested in "${section.title}" without its cautions; add "::: cautions ${id}" (then ":::") in this section, after the advice`,
        )
      }
    }
  }
  for (const text of rules.extraText ?? []) {
    const passage = new Passage(text)
    for (const medicine of medicines) {
      const term = suggestion(passage, medicine)
      if (term && !coveredAnywhere.has(medicine.id)) {
        coveredAnywhere.add(medicine.id)
        issues.add(
          file,
          1,
          'cautions',
          `"${term}" is in the checklist or questions, but the text never prints its cautions; add "::: cautions ${medicine.id}" where the handout suggests it`,
        )
      }
    }
  }
}
