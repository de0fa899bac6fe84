import type { PhraseMatch } from './phrases'
import type { MatchFinder } from './snippet'
import { termsOf } from './terms'

/** What may sit between two words of a phrase: "pelvic-floor", "overactivity / myalgia". */
const SEPARATOR = /^[\s\-/–]{1,3}$/
/** A possessive between them: "Peyronie's disease". */
const POSSESSIVE = /^['’]s[\s\-/]{1,2}$/
/** Words the index leaves out ("of the"), at most a few. */
const SKIPPABLE_GAP = /^[\s\-/]*(?:[\p{L}'’]+[\s\-/]+){1,3}$/u

/**
 * Narrows what a result marks to what the query asked for. What a typed abbreviation or
 * phrase means is searched as its words ("pelvic inflammatory disease" for PID: a document
 * with all three), and marking each of those words wherever it stands marked every "pelvic" in
 * a pelvic-health atlas; a snippet is the densest run of marks, so it also settled on those
 * passages instead of the one that spells the meaning out. So a common word (`isCommon`: in a
 * good share of all documents) that only a meaning of several words brought in is marked where
 * at least two neighbouring words of that meaning are written, in order ("cauda equina", not
 * "syndrome" alone). Rarer words of a meaning ("noradrenaline" for norepinephrine, "torsion"
 * for a twisted ovary), the words typed (and anything they begin) and one-word meanings are
 * marked wherever they are.
 */
export function phraseMarks(
  parts: readonly PhraseMatch[],
  processTerm: (word: string) => string | null,
  isCommon: (term: string) => boolean,
): (find: MatchFinder) => MatchFinder {
  const typed = parts.flatMap((part) => termsOf(part.words.join(' '), processTerm))
  const free = new Set(typed)
  const phrases: string[][] = []
  for (const part of parts)
    for (const alternative of part.alternatives) {
      const terms = termsOf(alternative, processTerm)
      if (terms.length === 1) free.add(terms[0]!)
      else if (terms.length > 1) phrases.push(terms)
    }
  const bound = new Set(
    phrases
      .flat()
      .filter(
        (term) => !free.has(term) && !typed.some((t) => term.startsWith(t)) && isCommon(term),
      ),
  )
  if (!bound.size) return (find) => find

  /** Whether `text` between two marked words still joins them into one phrase. */
  const joins = (gap: string): boolean =>
    SEPARATOR.test(gap) ||
    POSSESSIVE.test(gap) ||
    (SKIPPABLE_GAP.test(gap) &&
      gap
        .split(/[\s\-/]+/)
        .filter(Boolean)
        .every((word) => processTerm(word) === null))

  return (find) => (text, within) => {
    const spans = find(text, within)
    const terms = spans.map((span) => processTerm(span.word))
    const keep = terms.map((term) => term === null || !bound.has(term))
    /** How many spans from `i` on spell `phrase` from its word `from` on, joined. */
    const run = (i: number, phrase: string[], from: number): number => {
      let length = 0
      while (
        i + length < spans.length &&
        from + length < phrase.length &&
        terms[i + length] === phrase[from + length] &&
        (length === 0 || joins(text.slice(spans[i + length - 1]!.end, spans[i + length]!.start)))
      )
        length++
      return length
    }
    for (let i = 0; i < spans.length; i++)
      for (const phrase of phrases)
        for (let from = 0; from < phrase.length - 1; from++) {
          const length = run(i, phrase, from)
          if (length >= 2) for (let k = 0; k < length; k++) keep[i + k] = true
        }
    return spans.filter((_, i) => keep[i])
  }
}
