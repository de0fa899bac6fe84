import { fold } from './terms'

/**
 * For "did you mean": the word to show for each indexed term that is not itself a word of the
 * text, the commonest folded word that gives it (the first to occur, of equally common ones).
 * `wordCounts` holds each distinct word of the text with how often it occurs, in the order
 * each first occurs (from the indexer), so each word is folded and processed once.
 */
export function surfaceWords(
  wordCounts: ReadonlyMap<string, number>,
  processTerm: (word: string) => string | null,
): Record<string, string> {
  /** Every folded word of the text. */
  const folded = new Set<string>()
  /** For each term that is not its word's folded form: how often each folded word gave it. */
  const counts = new Map<string, Map<string, number>>()
  for (const [word, count] of wordCounts) {
    const form = fold(word)
    folded.add(form)
    const term = processTerm(word)
    if (!term || term === form) continue
    let forms = counts.get(term)
    if (!forms) counts.set(term, (forms = new Map()))
    forms.set(form, (forms.get(form) ?? 0) + count)
  }
  const surfaces: Record<string, string> = {}
  for (const [term, forms] of counts) {
    if (folded.has(term)) continue
    let best = ''
    let most = 0
    for (const [form, count] of forms)
      if (count > most) {
        best = form
        most = count
      }
    surfaces[term] = best
  }
  return surfaces
}
