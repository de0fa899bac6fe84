/**
 * The content catalogue: the little the app needs to list, link and preview everything (ids,
 * titles, summaries, review dates, tiers), shipped as a JSON file of its own beside the chunks
 * and fetched as the page loads (the scripts do not grow with the library). Full items (a
 * module in two parts, a reference entry, a table, a handout, a deck) are separate JSON chunks,
 * loaded when opened; the catalogue names each chunk's file by a hash of its text.
 */
import type {
  Backlink,
  ComparisonTable,
  Condition,
  ContentBundle,
  Deck,
  Handout,
  Hormone,
  Slide,
  Topic,
  UrgencyTier,
} from './model'
import { citedSources, type CitedSource } from './cited-sources'
import { splitTopic, type TopicOpening, type TopicRest } from './topic-parts'

/** What a module card and a cross-link preview show. */
export interface TopicInfo {
  id: string
  title: string
  summary: string
  teachingMinutes: number
  lastReviewed: string
  nextReview: string
  /** Self-check questions. */
  questions: number
  hasDeck: boolean
  hasHandout: boolean
}

export interface HandoutInfo {
  topic: string
  title: string
  lastReviewed: string
  nextReview: string
}

type EntryInfoOf<T extends Hormone | Condition> = Pick<
  T,
  'id' | 'kind' | 'name' | 'aliases' | 'summary' | 'evidence' | 'lastReviewed'
>
export type HormoneInfo = EntryInfoOf<Hormone> & Pick<Hormone, 'class'>
export type ConditionInfo = EntryInfoOf<Condition> & Pick<Condition, 'category' | 'urgency'>
export type EntryInfo = HormoneInfo | ConditionInfo

export interface ComparisonInfo {
  id: string
  title: string
  kind: ComparisonTable['kind']
  rowNoun: string
  rows: number
  columns: number
}

/** What can be loaded on its own, and what a chunk of each kind holds. */
export interface ChunkData {
  /** A module's first screen: details, every section's outline, the first sections in full. */
  topic: TopicOpening
  /** The rest of a module (later sections, questions, references), fetched once it is shown. */
  topicRest: TopicRest
  handout: Handout
  hormone: { entry: Hormone; backlinks: Backlink[] }
  condition: { entry: Condition; backlinks: Backlink[] }
  comparison: ComparisonTable
  deck: Deck
  /** Every cited source with where it is cited (the Sources page); id `all`. */
  sources: CitedSource[]
  /** Every deck's slides without their text, to build sessions from; id `all`. */
  outlines: DeckOutline[]
}
export type ChunkKind = keyof ChunkData
export const CHUNK_KINDS = [
  'topic',
  'topicRest',
  'handout',
  'hormone',
  'condition',
  'comparison',
  'deck',
  'sources',
  'outlines',
] as const satisfies readonly ChunkKind[]

/** A deck's slides as a session editor lists them. */
export interface DeckOutline {
  id: string
  title: string
  minutes: number
  slides: Pick<Slide, 'id' | 'title' | 'kind' | 'section' | 'minutes'>[]
}

export interface Catalogue {
  tiers: UrgencyTier[]
  topics: TopicInfo[]
  handouts: HandoutInfo[]
  hormones: HormoneInfo[]
  conditions: ConditionInfo[]
  comparisons: ComparisonInfo[]
  /** Kind → id → the hash in the chunk's file name (see `chunkFileName`). */
  chunks: Record<ChunkKind, Record<string, string>>
  /** Kind → id → the comparison tables that chunk embeds, for chunks that embed any. */
  embeds?: Partial<Record<ChunkKind, Record<string, string[]>>>
}

/** One chunk's payload as the build writes it: the envelope lets the app refuse a wrong file. */
export interface ChunkFile<K extends ChunkKind = ChunkKind> {
  format: typeof CHUNK_FORMAT
  kind: K
  id: string
  data: ChunkData[K]
}
export const CHUNK_FORMAT = 1

/** `topic-cramps-after-sex-0123456789.json`: ids are lower-case words, so names are safe. */
export const chunkFileName = (kind: ChunkKind, id: string, hash: string): string =>
  `${kind}-${id}-${hash}.json`

const outline = (deck: Deck): DeckOutline => ({
  id: deck.id,
  title: deck.title,
  minutes: deck.minutes,
  slides: deck.slides.map(({ id, title, kind, section, minutes }) => ({
    id,
    title,
    kind,
    section,
    minutes,
  })),
})

/** Every chunk of a bundle, as its file holds it (the build writes and hashes each one). */
export function contentChunks(bundle: ContentBundle): ChunkFile[] {
  const topics = bundle.topics.map(splitTopic)
  const entries: { [K in ChunkKind]: [string, ChunkData[K]][] } = {
    topic: topics.map(({ opening }) => [opening.id, opening]),
    topicRest: topics.map(({ rest }) => [rest.id, rest]),
    handout: bundle.handouts.map((h) => [h.topic, h]),
    hormone: bundle.hormones.map((e) => [
      e.id,
      { entry: e, backlinks: bundle.backlinks[`hormone:${e.id}`] ?? [] },
    ]),
    condition: bundle.conditions.map((e) => [
      e.id,
      { entry: e, backlinks: bundle.backlinks[`condition:${e.id}`] ?? [] },
    ]),
    comparison: bundle.comparisons.map((c) => [c.id, c]),
    deck: bundle.decks.map((d) => [d.id, d]),
    sources: [['all', citedSources(bundle)]],
    outlines: [['all', bundle.decks.map(outline)]],
  }
  return CHUNK_KINDS.flatMap((kind) =>
    entries[kind].map(([id, data]): ChunkFile => ({ format: CHUNK_FORMAT, kind, id, data })),
  )
}

/** The catalogue of a bundle, given the hashes of its chunks (from `contentChunks`). */
export function buildCatalogue(
  bundle: ContentBundle,
  chunks: { kind: ChunkKind; id: string; hash: string; tables?: string[] }[],
): Catalogue {
  const decks = new Set(bundle.decks.map((d) => d.id))
  const handouts = new Set(bundle.handouts.map((h) => h.topic))
  const files = Object.fromEntries(CHUNK_KINDS.map((k) => [k, {}])) as Catalogue['chunks']
  const embeds: NonNullable<Catalogue['embeds']> = {}
  for (const chunk of chunks) {
    files[chunk.kind][chunk.id] = chunk.hash
    if (chunk.tables?.length) (embeds[chunk.kind] ??= {})[chunk.id] = chunk.tables
  }
  const entryInfo = <T extends Hormone | Condition>(e: T): EntryInfoOf<T> => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    summary: e.summary,
    evidence: e.evidence,
    lastReviewed: e.lastReviewed,
  })
  return {
    tiers: bundle.tiers,
    topics: bundle.topics.map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      teachingMinutes: t.teachingMinutes,
      lastReviewed: t.lastReviewed,
      nextReview: t.nextReview,
      questions: t.quiz.length,
      hasDeck: decks.has(t.id),
      hasHandout: handouts.has(t.id),
    })),
    handouts: bundle.handouts.map((h) => ({
      topic: h.topic,
      title: h.title,
      lastReviewed: h.lastReviewed,
      nextReview: h.nextReview,
    })),
    hormones: bundle.hormones.map((e) => ({ ...entryInfo(e), class: e.class })),
    conditions: bundle.conditions.map((e) => ({
      ...entryInfo(e),
      category: e.category,
      urgency: e.urgency,
    })),
    comparisons: bundle.comparisons.map((c) => ({
      id: c.id,
      title: c.title,
      kind: c.kind,
      rowNoun: c.rowNoun,
      rows: c.rows.length,
      columns: c.columns.length,
    })),
    chunks: files,
    embeds,
  }
}

/**
 * The comparison tables a chunk embeds (a module's part or a deck): loaded with it, so what it
 * shows is complete. The build lists them in the catalogue, so the app can ask for them at the
 * same time as the chunk instead of after reading it.
 */
export function embeddedTables(kind: ChunkKind, data: unknown): string[] {
  const ids = new Set<string>()
  if (kind === 'topic' || kind === 'topicRest')
    for (const section of (data as Pick<Topic, 'sections'>).sections)
      for (const block of section.blocks) if (block.kind === 'compare') ids.add(block.tableId)
  if (kind === 'deck')
    for (const slide of (data as Deck).slides)
      for (const block of slide.blocks) if (block.kind === 'compare') ids.add(block.tableId)
  return [...ids]
}
