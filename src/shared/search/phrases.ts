import type { SearchGroup } from './index-file'

/** A word of the query that search keeps, with where it was typed. */
export interface QueryWord {
  word: string
  term: string
  start: number
  end: number
}

/** A run of query words: one word, or a phrase a search group knows. */
export interface PhraseMatch {
  words: string[]
  /** What else to search for it: what it means, and its abbreviations. */
  alternatives: string[]
  /** Documents to rank first for it, best first. */
  targets: string[]
  meanings: { typed: string; means: string }[]
}

/** An abbreviation is written with capitals and no lower-case letters: SAH, CP/CPPS, 5-HT. */
const isAbbreviation = (text: string): boolean => /^[^a-z\s]*[A-Z][^a-z\s]*$/.test(text)

const MAX_ALTERNATIVES = 6

/**
 * Phrases of the search groups (synonyms, entry names and aliases, titles), found in a query
 * by their processed words, longest first: "painful sex" is one phrase, not two words.
 */
export class Phrases {
  private readonly byKey = new Map<string, SearchGroup[]>()
  private readonly longest: number

  constructor(groups: SearchGroup[]) {
    let longest = 1
    for (const group of groups) {
      for (const key of group.keys) {
        if (!key) continue
        const list = this.byKey.get(key) ?? []
        if (!list.includes(group)) list.push(group)
        this.byKey.set(key, list)
        longest = Math.max(longest, key.split(' ').length)
      }
    }
    this.longest = longest
  }

  /** Splits the query's words into known phrases and single words, in order. */
  segment(words: QueryWord[], query: string): PhraseMatch[] {
    const parts: PhraseMatch[] = []
    for (let i = 0; i < words.length;) {
      let matched = false
      for (let length = Math.min(this.longest, words.length - i); length >= 1; length--) {
        const run = words.slice(i, i + length)
        const key = run.map((w) => w.term).join(' ')
        const groups = this.byKey.get(key)
        if (!groups) continue
        parts.push(this.match(run, key, groups, query.slice(run[0]!.start, run[length - 1]!.end)))
        i += length
        matched = true
        break
      }
      if (!matched) {
        parts.push({ words: [words[i]!.word], alternatives: [], targets: [], meanings: [] })
        i++
      }
    }
    return parts
  }

  private match(run: QueryWord[], key: string, groups: SearchGroup[], typed: string): PhraseMatch {
    const alternatives = new Map<string, string>()
    const targets = new Set<string>()
    const meanings = new Map<string, { typed: string; means: string }>()
    for (const group of groups) {
      const meansKey = group.keys[0]!
      // Toward the precise words only: "coil" also searches "IUD", but "orgasm" never "come".
      const texts = [group.means, ...group.terms]
      texts.forEach((text, i) => {
        const altKey = group.keys[i]!
        if (i > 0 && !isAbbreviation(text)) return
        if (altKey && altKey !== key && !alternatives.has(altKey)) alternatives.set(altKey, text)
      })
      for (const target of group.targets) targets.add(target)
      if (meansKey !== key && !meanings.has(meansKey))
        meanings.set(meansKey, { typed, means: group.means })
    }
    return {
      words: run.map((w) => w.word),
      alternatives: [...alternatives.values()].slice(0, MAX_ALTERNATIVES),
      targets: [...targets],
      meanings: [...meanings.values()],
    }
  }
}
