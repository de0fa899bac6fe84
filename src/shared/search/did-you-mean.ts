import type MiniSearch from 'minisearch'
import type { Vocabulary } from './vocabulary'
import type { QueryWord } from './phrases'

/** Levenshtein distance, for ranking candidate corrections. */
function edits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, substitute)
    }
    previous = row
  }
  return previous[b.length]!
}

/**
 * The query with each word the index does not know replaced by the nearest word it does (by
 * edit distance, then by how many documents use it), or null when nothing needed correcting.
 * Words the index knows, even as the start of a longer word, are kept as typed.
 */
export function didYouMean(
  words: QueryWord[],
  index: MiniSearch,
  vocabulary: Vocabulary,
  surfaces: Record<string, string>,
  query: string,
): string | null {
  let corrected = query
  let changed = false
  // From the end, so earlier positions stay valid as the text changes length.
  for (const word of [...words].reverse()) {
    if (vocabulary.hasPrefix(word.term)) continue
    // Looser than search itself: this runs only when search found nothing.
    const fuzzy = word.term.length >= 9 ? 3 : 2
    const near = index.search(word.term, { prefix: false, fuzzy, combineWith: 'AND' })
    const uses = new Map<string, number>()
    for (const result of near) {
      for (const term of result.terms) uses.set(term, (uses.get(term) ?? 0) + 1)
    }
    // A swap of neighbouring letters is one slip of the fingers, though edit distance says two.
    const swapped = new Set(vocabulary.transpositions(word.term))
    for (const term of swapped) uses.set(term, uses.get(term) ?? 1)
    const best = [...uses]
      .map(([term, count]) => ({
        term,
        count,
        distance: swapped.has(term) ? 1 : edits(word.term, term),
      }))
      .sort((a, b) => a.distance - b.distance || b.count - a.count)[0]
    if (!best) continue
    const replacement = surfaces[best.term] ?? best.term
    corrected = corrected.slice(0, word.start) + replacement + corrected.slice(word.end)
    changed = true
  }
  return changed ? corrected.replace(/\s+/g, ' ').trim() : null
}
