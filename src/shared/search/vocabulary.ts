import type { TermList } from './term-list'

/** The index's terms, for spelling help: which words exist, and swapped-letter typos. */
export class Vocabulary {
  constructor(private readonly list: TermList) {}

  has(term: string): boolean {
    return this.list.indexOf(term) >= 0
  }

  /** Whether some indexed term starts with `prefix` (the word may still be being typed). */
  hasPrefix(prefix: string): boolean {
    const [start, end] = this.list.prefixRange(prefix)
    return end > start
  }

  /**
   * Indexed terms one swap of neighbouring letters away ("pian" → "pain"). Edit distance counts
   * a swap as two edits, so fuzzy search misses the commonest typo of all without this.
   */
  transpositions(term: string): string[] {
    const found = new Set<string>()
    for (let i = 0; i < term.length - 1; i++) {
      if (term[i] === term[i + 1]) continue
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2)
      if (this.has(swapped)) found.add(swapped)
    }
    return [...found]
  }
}
