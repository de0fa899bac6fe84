/** The index's terms, for spelling help: which words exist, and swapped-letter typos. */
export class Vocabulary {
  private readonly terms: Set<string>
  private readonly sorted: string[]

  constructor(terms: Iterable<string>) {
    this.terms = new Set(terms)
    this.sorted = [...this.terms].sort()
  }

  has(term: string): boolean {
    return this.terms.has(term)
  }

  /** Whether some indexed term starts with `prefix` (the word may still be being typed). */
  hasPrefix(prefix: string): boolean {
    let low = 0
    let high = this.sorted.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.sorted[middle]! < prefix) low = middle + 1
      else high = middle
    }
    return this.sorted[low]?.startsWith(prefix) ?? false
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
      if (this.terms.has(swapped)) found.add(swapped)
    }
    return [...found]
  }
}
