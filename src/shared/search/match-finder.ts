import type { MatchFinder, Span } from './snippet'

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
 */
export function matchFinder(
  terms: string[],
  processTerm: (word: string) => string | null,
  variantsOf: (term: string) => string[] = () => [],
): MatchFinder {
  const matched = new Set(terms)
  if (!matched.size) return () => []
  const patterns = new Set(terms.flatMap((term) => [term, ...variantsOf(term)]).map(termPattern))
  const candidates = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${[...patterns].join('|')})[\\p{L}\\p{N}\\p{M}]*`,
    'giu',
  )
  return (text) => {
    const spans: Span[] = []
    for (const match of text.matchAll(candidates)) {
      const term = processTerm(match[0])
      if (term !== null && matched.has(term))
        spans.push({ start: match.index, end: match.index + match[0].length, word: match[0] })
    }
    return spans
  }
}
