import type { MatchFinder, Span } from './snippet'
import { isWordChar } from './word-char'

const GREEK: Record<string, string> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  kappa: 'κ',
  mu: 'μ',
}
const GREEK_NAME = new RegExp(Object.keys(GREEK).join('|'), 'g')

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A pattern for the written forms of a processed term: its stem, Greek letters either way. */
function termPattern(term: string): string {
  if (GREEK_NAME.test(term)) {
    GREEK_NAME.lastIndex = 0
    return escape(term).replace(GREEK_NAME, (name) => `(?:${name}|${GREEK[name]})`)
  }
  // Plurals and "-ies" words are written longer than their processed form: match the stem.
  return escape(term.length > 3 ? term.slice(0, -1) : term)
}

/**
 * Finds, in a text, the words whose processed form is one of `terms` (the terms a result
 * matched). A regular expression picks candidates by stem, so a long text is not processed
 * word by word; each candidate is then confirmed with the same term processor the index used.
 * The per-query expression has no Unicode classes (compiling those costs about half a
 * millisecond each time, for every hit of every keystroke): word edges are checked by hand.
 */
export function matchFinder(
  terms: string[],
  processTerm: (word: string) => string | null,
  variantsOf: (term: string) => string[] = () => [],
): MatchFinder {
  const matched = new Set(terms)
  if (!matched.size) return () => []
  const patterns = new Set(terms.flatMap((term) => [term, ...variantsOf(term)]).map(termPattern))
  const candidates = new RegExp(`(?:${[...patterns].join('|')})`, 'gi')
  return (text, within = Infinity) => {
    const spans: Span[] = []
    let to = Infinity
    candidates.lastIndex = 0
    for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
      const start = found.index
      if (start >= to) break
      let end = start + Math.max(1, found[0].length)
      candidates.lastIndex = end
      if (isWordChar(text, start - 1)) continue
      while (isWordChar(text, end)) end++
      candidates.lastIndex = end
      const word = text.slice(start, end)
      const term = processTerm(word)
      if (term === null || !matched.has(term)) continue
      if (!spans.length) to = start + within
      spans.push({ start, end, word })
    }
    return spans
  }
}
