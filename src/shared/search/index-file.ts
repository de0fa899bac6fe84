import MiniSearch, { type AsPlainObject, type Options } from 'minisearch'
import type { ContentBundle } from '../content/model'
import { entryNames, plainName } from './entry-names'
import { searchDocuments, targetDocId, type SearchDoc } from './documents'
import { createTermProcessor, fold, phraseKey, tokenize } from './terms'

/** Bumped whenever the asset's shape or the term processing changes. */
export const SEARCH_INDEX_VERSION = 1

/** Words that mean one thing, and the documents to rank first for them, best first. */
export interface SearchGroup {
  means: string
  terms: string[]
  targets: string[]
  /** Processed forms of `means` then each term, made at build time so loading is quick. */
  keys: string[]
}

/**
 * The search index as shipped: one JSON asset, built at build time from the compiled content
 * and loaded by the renderer on first use. Everything query time needs is in it.
 */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION
  spellings: Record<string, string>
  groups: SearchGroup[]
  /** Indexed terms that are not themselves words of the text ("herpe"), with the word to show. */
  surfaces: Record<string, string>
  index: AsPlainObject
}

/** Fields stored with each document: what a result shows without going back to the content. */
export type StoredDoc = Pick<SearchDoc, 'kind' | 'title' | 'context' | 'href' | 'text' | 'handout'>

/** MiniSearch options, the same at build and at load (the index holds processed terms). */
export function miniSearchOptions(spellings: Record<string, string>): Options<SearchDoc> {
  return {
    idField: 'id',
    fields: ['title', 'keywords', 'context', 'text'],
    storeFields: ['kind', 'title', 'context', 'href', 'text', 'handout'],
    tokenize: (text) => tokenize(text).map((token) => token.word),
    processTerm: createTermProcessor(spellings),
  }
}

/** Entry names and aliases, module and table titles, and synonyms.yaml, as search groups. */
export function searchGroups(bundle: ContentBundle): SearchGroup[] {
  const processTerm = createTermProcessor(bundle.synonyms.spellings)
  const entries = [...bundle.conditions, ...bundle.hormones].map((entry) => {
    const means = plainName(entry.name)
    const terms = entryNames(entry).filter((name) => name !== means)
    return { means, terms, targets: [`${entry.kind}:${entry.id}`] }
  })
  const titles = [
    ...bundle.topics.map((t) => ({ means: t.title, terms: [], targets: [`module:${t.id}`] })),
    ...bundle.comparisons.map((t) => ({ means: t.title, terms: [], targets: [`table:${t.id}`] })),
  ]
  const synonyms = bundle.synonyms.groups.map((group) => ({
    means: group.means,
    terms: group.terms,
    targets: group.find.flatMap((target) => targetDocId(target, bundle) ?? []),
  }))
  return [...entries, ...titles, ...synonyms].map((group) => ({
    ...group,
    keys: [group.means, ...group.terms].map((text) => phraseKey(text, processTerm)),
  }))
}

/** For "did you mean": the word to show for each indexed term that is not a word of the text. */
function surfaceWords(docs: SearchDoc[], processTerm: (word: string) => string | null) {
  const words = new Set<string>()
  const seen = new Map<string, Map<string, number>>()
  for (const doc of docs) {
    for (const { word } of tokenize(`${doc.title} ${doc.keywords} ${doc.text}`)) {
      const folded = fold(word)
      words.add(folded)
      const term = processTerm(word)
      if (!term || term === folded) continue
      const counts = seen.get(term) ?? new Map<string, number>()
      counts.set(folded, (counts.get(folded) ?? 0) + 1)
      seen.set(term, counts)
    }
  }
  const surfaces: Record<string, string> = {}
  for (const [term, counts] of seen) {
    if (words.has(term)) continue
    surfaces[term] = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  }
  return surfaces
}

/** Builds the shipped index from compiled content (at build time, in tests and benchmarks). */
export function buildSearchIndex(bundle: ContentBundle): SearchIndexFile {
  const spellings = bundle.synonyms.spellings
  const options = miniSearchOptions(spellings)
  const processTerm = createTermProcessor(spellings)
  const docs = searchDocuments(bundle)
  const index = new MiniSearch<SearchDoc>(options)
  index.addAll(docs)
  return {
    version: SEARCH_INDEX_VERSION,
    spellings,
    groups: searchGroups(bundle),
    surfaces: surfaceWords(docs, processTerm),
    index: index.toJSON(),
  }
}
