import { shallowReactive, shallowRef, type InjectionKey, type ShallowRef } from 'vue'
import type {
  Backlink,
  ComparisonTable,
  Deck,
  Handout,
  ReferenceEntry,
  Topic,
  TierId,
  UrgencyTier,
} from '@shared/content/model'
import {
  embeddedTables,
  type Catalogue,
  type ChunkData,
  type ChunkKind,
  type ComparisonInfo,
  type EntryInfo,
  type TopicInfo,
} from '@shared/content/catalogue'
import { joinTopic, type TopicOpening } from '@shared/content/topic-parts'
import { ChunkError, describeChunk, type ChunkRef } from './chunk-error'
import { parseChunk } from './chunk-schemas'

/** Reads a chunk's file text; rejects when it cannot (see `fetchChunkSource`). */
export type ChunkSource = (ref: ChunkRef, hash: string) => Promise<string>

/** A route whose content could not be loaded, and what it needed, so it can be tried again. */
export interface ContentProblem {
  path: string
  error: ChunkError
  needs: ChunkRef[]
}

/**
 * The catalogue (always there) and the full items loaded so far. Views read loaded items
 * synchronously: the router loads what a route needs before it shows it (content-guard.ts),
 * and components that open something themselves (the handout panel) load it first.
 */
export interface ContentIndex {
  catalogue: Catalogue
  topicInfo(id: string): TopicInfo | undefined
  entryInfo(kind: 'hormone' | 'condition', id: string): EntryInfo | undefined
  comparisonInfo(id: string): ComparisonInfo | undefined
  /** An urgency tier's words (urgency-tiers.yaml). */
  tier(id: TierId): UrgencyTier
  // Loaded items: `undefined` until loaded (or when there is no such item).
  /** A module's first screen (its `topic` chunk). */
  opening(id: string): TopicOpening | undefined
  /** The whole module, once both its parts are loaded (`topic` and `topicRest`). */
  topic(id: string): Topic | undefined
  handout(topicId: string): Handout | undefined
  entry(kind: 'hormone' | 'condition', id: string): ReferenceEntry | undefined
  comparison(id: string): ComparisonTable | undefined
  deck(id: string): Deck | undefined
  backlinks(kind: 'hormone' | 'condition', id: string): Backlink[]
  loaded<K extends ChunkKind>(kind: K, id: string): ChunkData[K] | undefined
  /** Whether the catalogue lists this chunk. */
  has(ref: ChunkRef): boolean
  /**
   * Loads a chunk (once: later calls share it) and the tables it embeds. Rejects with a
   * `ChunkError`; a failure is not remembered, so the next call tries again.
   */
  load<K extends ChunkKind>(kind: K, id: string): Promise<ChunkData[K]>
  /** Loads every listed chunk; ids the catalogue does not know are left to the view's "not found". */
  ensure(needs: ChunkRef[]): Promise<void>
  /** Starts loading in the background (hover, focus); failures are left for `load` to report. */
  prefetch(needs: ChunkRef[]): void
  /** Set by the router when a route's content could not be loaded (ContentUnavailable shows it). */
  problem: ShallowRef<ContentProblem | null>
}

const keyOf = (kind: ChunkKind, id: string): string => `${kind}:${id}`

export function createContentIndex(catalogue: Catalogue, source: ChunkSource): ContentIndex {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]))
  const topics = byId(catalogue.topics)
  const hormones = byId(catalogue.hormones)
  const conditions = byId(catalogue.conditions)
  const comparisons = byId(catalogue.comparisons)
  const tiers = new Map(catalogue.tiers.map((t) => [t.id, t]))
  // Shallow: a view re-renders when its item arrives, but items themselves are never proxied.
  const items = shallowReactive(new Map<string, unknown>())
  const pending = new Map<string, Promise<unknown>>()
  /** Each module joined from its parts once, so a view's computed sees the same object. */
  const joined = new Map<string, { rest: ChunkData['topicRest']; topic: Topic }>()

  const loaded = <K extends ChunkKind>(kind: K, id: string) =>
    items.get(keyOf(kind, id)) as ChunkData[K] | undefined
  const has = (ref: ChunkRef) => Object.hasOwn(catalogue.chunks[ref.kind] ?? {}, ref.id)

  /** Starts loading the tables in `ids` the catalogue lists; a failure is left to `load`. */
  function loadTables(ids: readonly string[]): Promise<unknown>[] {
    return ids.filter((id) => has({ kind: 'comparison', id })).map((id) => load('comparison', id))
  }

  async function fetchOne(ref: ChunkRef): Promise<unknown> {
    if (!has(ref)) throw new ChunkError('unknown', ref, `There is no ${describeChunk(ref)}.`)
    // The tables the catalogue says it embeds are asked for with it, not after it is read.
    for (const early of loadTables(catalogue.embeds?.[ref.kind]?.[ref.id] ?? []))
      early.catch(() => undefined)
    let text: string
    try {
      text = await source(ref, catalogue.chunks[ref.kind][ref.id]!)
    } catch (error) {
      throw error instanceof ChunkError ? error : new ChunkError('missing', ref, String(error))
    }
    const data = parseChunk(ref, text)
    await Promise.all(loadTables(embeddedTables(ref.kind, data)))
    return data
  }

  function load<K extends ChunkKind>(kind: K, id: string): Promise<ChunkData[K]> {
    const key = keyOf(kind, id)
    if (items.has(key)) return Promise.resolve(items.get(key) as ChunkData[K])
    let promise = pending.get(key)
    if (!promise) {
      promise = fetchOne({ kind, id }).then(
        (data) => {
          items.set(key, data)
          pending.delete(key)
          return data
        },
        (error: unknown) => {
          pending.delete(key)
          throw error
        },
      )
      pending.set(key, promise)
    }
    return promise as Promise<ChunkData[K]>
  }

  return {
    catalogue,
    topicInfo: (id) => topics.get(id),
    entryInfo: (kind, id) => (kind === 'hormone' ? hormones.get(id) : conditions.get(id)),
    comparisonInfo: (id) => comparisons.get(id),
    // Every tier id is defined: the content check refuses a model that lacks one.
    tier: (id) =>
      tiers.get(id) ?? { id, label: id, clinicianHtml: '', patient: { action: id, lead: '' } },
    opening: (id) => loaded('topic', id),
    topic: (id) => {
      const opening = loaded('topic', id)
      const rest = loaded('topicRest', id)
      if (!opening || !rest) return undefined
      let made = joined.get(id)
      if (made?.rest !== rest) joined.set(id, (made = { rest, topic: joinTopic(opening, rest) }))
      return made.topic
    },
    handout: (id) => loaded('handout', id),
    entry: (kind, id) => loaded(kind, id)?.entry,
    comparison: (id) => loaded('comparison', id),
    deck: (id) => loaded('deck', id),
    backlinks: (kind, id) => loaded(kind, id)?.backlinks ?? [],
    loaded,
    has,
    load,
    ensure: async (needs) => {
      await Promise.all(needs.filter(has).map((ref) => load(ref.kind, ref.id)))
    },
    prefetch: (needs) => {
      for (const ref of needs.filter(has)) load(ref.kind, ref.id).catch(() => undefined)
    },
    problem: shallowRef(null),
  }
}

export const CONTENT_KEY: InjectionKey<ContentIndex> = Symbol('content')
