import { KIND_LABELS, type SearchKind } from '@shared/search/kinds'
import type { SearchHit } from '@shared/search/searcher'

export interface HitGroup {
  kind: SearchKind
  label: string
  hits: { hit: SearchHit; index: number }[]
}

/**
 * Hits grouped by kind, groups in the order of their best hit, each hit keeping its place in
 * the flat list (which is what the arrow keys move through).
 */
export function groupHits(hits: SearchHit[]): HitGroup[] {
  const groups = new Map<SearchKind, HitGroup>()
  hits.forEach((hit, index) => {
    const group = groups.get(hit.kind) ?? {
      kind: hit.kind,
      label: KIND_LABELS[hit.kind].many,
      hits: [],
    }
    group.hits.push({ hit, index })
    groups.set(hit.kind, group)
  })
  return [...groups.values()]
}

/** Hits in the order their groups show them, so the arrow keys follow what is on screen. */
export function inDisplayOrder(hits: SearchHit[]): SearchHit[] {
  return groupHits(hits).flatMap((group) => group.hits.map((h) => h.hit))
}
