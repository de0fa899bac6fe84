/**
 * The index's terms as one sorted array: exact lookup and prefix ranges by binary search, and
 * terms within an edit distance by walking the array as a trie (neighbours share prefixes, so
 * each Levenshtein row is computed once per shared prefix, and a prefix that is already too far
 * skips every term that starts with it).
 */
export class TermList {
  constructor(readonly terms: readonly string[]) {}

  /** The index of the first term not below `text`. */
  private lowerBound(text: string, from = 0): number {
    let low = from
    let high = this.terms.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (this.terms[middle]! < text) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The index of the first term at or after `from` that does not start with `prefix`. */
  private endOfPrefix(prefix: string, from: number): number {
    let low = from
    let high = this.terms.length
    while (low < high) {
      const middle = (low + high) >> 1
      const term = this.terms[middle]!
      if (term < prefix || term.startsWith(prefix)) low = middle + 1
      else high = middle
    }
    return low
  }

  /** The term's index, or -1. */
  indexOf(term: string): number {
    const at = this.lowerBound(term)
    return this.terms[at] === term ? at : -1
  }

  /** Indexes [start, end) of the terms that start with `prefix` (the term itself included). */
  prefixRange(prefix: string): [number, number] {
    const start = this.lowerBound(prefix)
    return [start, this.endOfPrefix(prefix, start)]
  }

  /** Terms at most `maxDistance` edits (insert, delete, substitute) from `query`, with how many. */
  near(query: string, maxDistance: number): { index: number; distance: number }[] {
    const found: { index: number; distance: number }[] = []
    const width = query.length + 1
    // rows[k * width + j]: edits between the first k letters of the candidate and of the query.
    let rows = new Int32Array(width * 32)
    for (let j = 0; j < width; j++) rows[j] = j
    let computed = '' // the candidate prefix whose rows are filled
    const terms = this.terms
    let i = 0
    while (i < terms.length) {
      const term = terms[i]!
      let shared = 0
      const limit = Math.min(computed.length, term.length)
      while (shared < limit && computed.charCodeAt(shared) === term.charCodeAt(shared)) shared++
      if ((term.length + 1) * width > rows.length) {
        const grown = new Int32Array((term.length + 1) * width * 2)
        grown.set(rows)
        rows = grown
      }
      let pruned = 0
      for (let k = shared + 1; k <= term.length; k++) {
        const letter = term.charCodeAt(k - 1)
        const row = k * width
        const above = row - width
        rows[row] = k
        let smallest = k
        for (let j = 1; j < width; j++) {
          const substitute = rows[above + j - 1]! + (query.charCodeAt(j - 1) === letter ? 0 : 1)
          const value = Math.min(rows[above + j]! + 1, rows[row + j - 1]! + 1, substitute)
          rows[row + j] = value
          if (value < smallest) smallest = value
        }
        if (smallest > maxDistance) {
          pruned = k
          break
        }
      }
      if (pruned) {
        // No term starting with these letters can come back within reach.
        computed = term.slice(0, pruned)
        i = this.endOfPrefix(computed, i + 1)
        continue
      }
      computed = term
      const distance = rows[term.length * width + query.length]!
      if (distance <= maxDistance) found.push({ index: i, distance })
      i++
    }
    return found
  }
}
