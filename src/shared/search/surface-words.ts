import { fold } from './terms'

/** What one distinct word of the text gives: its folded form and its indexed term. */
interface WordForms {
  folded: string
  /** Set only when the term differs from the folded word ("herpes" → "herpe"). */
  term: string | null
}

/**
 * For "did you mean": the word to show for each indexed term that is not itself a word of the
 * text, the commonest folded word that gives it. Fed the words of each field as the index is
 * built, so the text is split into words once.
 */
export class SurfaceWords {
  /** Each distinct raw word's forms: a library repeats the same words millions of times. */
  private readonly forms = new Map<string, WordForms>()
  /** Every folded word of the text. */
  private readonly folded = new Set<string>()
  /** For each term that is not its word's folded form: how often each folded word gave it. */
  private readonly counts = new Map<string, Map<string, number>>()

  constructor(private readonly processTerm: (word: string) => string | null) {}

  /** Counts `words` (in text order: the first of equally common words is shown). */
  add(words: readonly string[]): void {
    for (const word of words) {
      let forms = this.forms.get(word)
      if (!forms) {
        const folded = fold(word)
        const term = this.processTerm(word)
        forms = { folded, term: term && term !== folded ? term : null }
        this.forms.set(word, forms)
        this.folded.add(folded)
      }
      if (forms.term === null) continue
      let counts = this.counts.get(forms.term)
      if (!counts) this.counts.set(forms.term, (counts = new Map()))
      counts.set(forms.folded, (counts.get(forms.folded) ?? 0) + 1)
    }
  }

  /** Term → the word to show, for the terms no word of the text is folded to. */
  result(): Record<string, string> {
    const surfaces: Record<string, string> = {}
    for (const [term, counts] of this.counts) {
      if (this.folded.has(term)) continue
      let best = ''
      let most = 0
      for (const [word, count] of counts)
        if (count > most) {
          best = word
          most = count
        }
      surfaces[term] = best
    }
    return surfaces
  }
}
