import MiniSearch, { type Options } from 'minisearch'
import type { ContentBundle } from '../content/model'
import { entryNames, plainName } from './entry-names'
import { searchDocuments, targetDocId, type SearchDoc } from './documents'
import { createTermProcessor, fold, phraseKey, tokenize } from './terms'
import { buildPostings } from './postings'
import { SEARCH_INDEX_VERSION, type SearchGroup, type SearchIndexFile } from './index-format'

export * from './index-format'

/** How much a word counts in each field: a title match says most about a document. */
export const FIELD_BOOSTS = { title: 5, keywords: 3, context: 1.5, text: 1 }

/** MiniSearch options for building the index (the terms are processed as queries are). */
export function miniSearchOptions(spellings: Record<string, string>): Options<SearchDoc> {
  return {
    idField: 'id',
    fields: Object.keys(FIELD_BOOSTS),
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
  const foldWord = remembered(fold)
  const words = new Set<string>()
  const seen = new Map<string, Map<string, number>>()
  for (const doc of docs) {
    for (const { word } of tokenize(`${doc.title} ${doc.keywords} ${doc.text}`)) {
      const folded = foldWord(word)
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

/** `process` with each answer remembered: a library repeats the same words millions of times. */
function remembered<T>(process: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>()
  return (word) => {
    if (known.has(word)) return known.get(word)!
    const answer = process(word)
    known.set(word, answer)
    return answer
  }
}

/** Builds the shipped index from compiled content (at build time, in tests and benchmarks). */
export function buildSearchIndex(bundle: ContentBundle): SearchIndexFile {
  const spellings = bundle.synonyms.spellings
  const processTerm = remembered(createTermProcessor(spellings))
  const options = { ...miniSearchOptions(spellings), processTerm }
  const docs = searchDocuments(bundle)
  const index = new MiniSearch<SearchDoc>(options)
  index.addAll(docs)
  const order = new Map(docs.map((doc, at) => [doc.id, at]))
  return {
    version: SEARCH_INDEX_VERSION,
    spellings,
    groups: searchGroups(bundle),
    surfaces: surfaceWords(docs, processTerm),
    documents: docs.map(({ id, kind, title, context, href, handout }) =>
      handout ? { id, kind, title, context, href, handout } : { id, kind, title, context, href },
    ),
    texts: docs.map((doc) => doc.text),
    postings: buildPostings(index.toJSON(), order, FIELD_BOOSTS),
  }
}
