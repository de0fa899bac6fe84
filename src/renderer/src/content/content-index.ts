import type { InjectionKey } from 'vue'
import type {
  Backlink,
  ComparisonTable,
  Condition,
  ContentBundle,
  Handout,
  Hormone,
  ReferenceEntry,
  Topic,
  TierId,
  UrgencyTier,
} from '@shared/content/model'

/** Lookups over the compiled bundle, built once. */
export interface ContentIndex {
  bundle: ContentBundle
  topic(id: string): Topic | undefined
  handout(topicId: string): Handout | undefined
  hormone(id: string): Hormone | undefined
  condition(id: string): Condition | undefined
  entry(kind: 'hormone' | 'condition', id: string): ReferenceEntry | undefined
  comparison(id: string): ComparisonTable | undefined
  backlinks(kind: 'hormone' | 'condition', id: string): Backlink[]
  /** An urgency tier's words (urgency-tiers.yaml). */
  tier(id: TierId): UrgencyTier
}

function byId<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]))
}

export function createContentIndex(bundle: ContentBundle): ContentIndex {
  const topics = byId(bundle.topics, (t) => t.id)
  const handouts = byId(bundle.handouts, (h) => h.topic)
  const hormones = byId(bundle.hormones, (h) => h.id)
  const conditions = byId(bundle.conditions, (c) => c.id)
  const comparisons = byId(bundle.comparisons, (c) => c.id)
  const tiers = byId(bundle.tiers, (t) => t.id)
  return {
    bundle,
    topic: (id) => topics.get(id),
    handout: (id) => handouts.get(id),
    hormone: (id) => hormones.get(id),
    condition: (id) => conditions.get(id),
    entry: (kind, id) => (kind === 'hormone' ? hormones.get(id) : conditions.get(id)),
    comparison: (id) => comparisons.get(id),
    backlinks: (kind, id) => bundle.backlinks[`${kind}:${id}`] ?? [],
    // Every tier id is defined: the content check refuses a model that lacks one.
    tier: (id) =>
      tiers.get(id) ?? { id, label: id, clinicianHtml: '', patient: { action: id, lead: '' } },
  }
}

export const CONTENT_KEY: InjectionKey<ContentIndex> = Symbol('content')
