import { wordsMatched, type Matches } from './query-runner'

export interface Ranked {
  doc: number
  score: number
}

export interface Ranking {
  /** Best first; ties in document order. */
  top: Ranked[]
  /** How many documents matched. */
  total: number
  /** How many matched of each kind, by kind number. */
  counts: number[]
}

export interface RankOptions {
  /** Each document's kind number, and how many kinds there are. */
  kindOf: Uint8Array
  kinds: number
  /** Each document's multiplier (its kind's prior). */
  prior: Float64Array
  /** A few documents' further multipliers for this query (a synonym's targets). */
  boosts: ReadonlyMap<number, number>
  limit: number
  /** Only this kind (its number), or null for all. */
  kind: number | null
  /** At most this many of each kind. */
  perKind?: number
}

/**
 * The best documents without sorting every match: a query at hundreds of topics matches
 * thousands, and a page shows a handful. Each kind keeps its own short list, which is all that
 * "at most n of each kind" and "only this kind" need. A document's score is its summed word
 * scores times the number of distinct words it matched (as MiniSearch ranks) times its boost.
 */
export function rank({ scores, masks }: Matches, options: RankOptions): Ranking {
  const { kindOf, kinds, prior, boosts, limit, kind, perKind } = options
  const keep = Math.min(limit, perKind ?? limit)
  const lists: Ranked[][] = Array.from({ length: kinds }, () => [])
  const counts = new Array<number>(kinds).fill(0)
  let total = 0
  for (let doc = 0; doc < masks.length; doc++) {
    const mask = masks[doc]!
    if (!mask) continue
    const of = kindOf[doc]!
    total++
    counts[of]!++
    if (keep <= 0 || (kind !== null && of !== kind)) continue
    const list = lists[of]!
    let score = scores[doc]! * wordsMatched(mask) * prior[doc]!
    if (boosts.size) score *= boosts.get(doc) ?? 1
    if (list.length === keep && score <= list[keep - 1]!.score) continue
    // Insert in order; an equal score goes after, so earlier documents win ties.
    let at = list.length
    while (at > 0 && list[at - 1]!.score < score) at--
    list.splice(at, 0, { doc, score })
    if (list.length > keep) list.pop()
  }
  const top = (kind === null ? lists.flat() : lists[kind]!)
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .slice(0, limit)
  return { top, total, counts }
}
