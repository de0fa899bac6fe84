import type { Postings } from './postings'
import type { Vocabulary } from './vocabulary'
import type { QueryWord } from './phrases'
import { collapseSpaces } from '../text/collapse-spaces'

/**
 * The query with each word the index does not know replaced by the nearest word it does (by
 * edit distance, then by how many documents use it), or null when nothing needed correcting.
 * Words the index knows, even as the start of a longer word, are kept as typed.
 */
export function didYouMean(
  words: QueryWord[],
  postings: Postings,
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
    const near = postings.terms.near(word.term, fuzzy).map(({ index, distance }) => ({
      term: postings.terms.terms[index]!,
      count: postings.documentFrequency(index),
      distance,
    }))
    // A swap of neighbouring letters is one slip of the fingers, though edit distance says two.
    for (const term of vocabulary.transpositions(word.term)) {
      const known = near.find((candidate) => candidate.term === term)
      if (known) known.distance = 1
      else near.push({ term, count: 1, distance: 1 })
    }
    const best = near.sort((a, b) => a.distance - b.distance || b.count - a.count)[0]
    if (!best) continue
    const replacement = surfaces[best.term] ?? best.term
    corrected = corrected.slice(0, word.start) + replacement + corrected.slice(word.end)
    changed = true
  }
  return changed ? collapseSpaces(corrected) : null
}
