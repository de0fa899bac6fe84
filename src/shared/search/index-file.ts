import type { ContentBundle } from '../content/model'
import { entryNames, plainName } from './entry-names'
import { searchDocuments, targetDocId, type SearchDoc } from './documents'
import { createTermProcessor, phraseKey, words } from './terms'
import { indexPostings } from './indexer'
import { surfaceWords } from './surface-words'
import type { PostingsFile } from './postings'
import { SEARCH_INDEX_VERSION, type SearchGroup, type SearchIndexFile } from './index-format'
import { splitTexts, TEXT_FILE_CHARS } from './text-files'
import type { ReadTextFile } from './text-store'

export * from './index-format'

/** How much a word counts in each field: a title match says most about a document. */
export const FIELD_BOOSTS = { title: 5, keywords: 3, context: 1.5, text: 1 }

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

/**
 * The postings of `docs` and the surface words of their terms, from one pass over their words
 * (the text of a 500-topic library is tens of megabytes: it is split into words once).
 */
export function indexDocuments(
  docs: readonly SearchDoc[],
  processTerm: (word: string) => string | null,
): { postings: PostingsFile; surfaces: Record<string, string> } {
  const { postings, wordCounts } = indexPostings(docs, {
    fieldBoosts: FIELD_BOOSTS,
    words,
    processTerm,
    // The words a result is found by (a document's context is not among them).
    countWordsIn: ['title', 'keywords', 'text'],
  })
  return { postings, surfaces: surfaceWords(wordCounts, processTerm) }
}

/** The index and its text files, as the JSON text each is shipped as. */
export interface BuiltSearchIndex {
  file: SearchIndexFile
  /** Each text file's name (relative to the index) and JSON text. */
  textFiles: { name: string; json: string }[]
}

export interface BuildOptions {
  /**
   * Names a text file from its JSON (the build puts a hash of it in the name, so a changed file
   * is never served from a cache under an old name). Default `texts-<first document>.json`.
   */
  nameTextFile?: (json: string, first: number) => string
  /** About how many characters of text each file holds (default TEXT_FILE_CHARS). */
  textFileChars?: number
}

/** Builds the shipped index from compiled content (at build time, in tests and benchmarks). */
export function buildSearchIndex(
  bundle: ContentBundle,
  {
    nameTextFile = (_, first) => `texts-${first}.json`,
    textFileChars = TEXT_FILE_CHARS,
  }: BuildOptions = {},
): BuiltSearchIndex {
  const spellings = bundle.synonyms.spellings
  const docs = searchDocuments(bundle)
  const { postings, surfaces } = indexDocuments(docs, remembered(createTermProcessor(spellings)))
  const textFiles = splitTexts(
    docs.map((doc) => doc.text),
    textFileChars,
  ).map((text) => {
    const json = JSON.stringify(text)
    return {
      name: nameTextFile(json, text.first),
      json,
      first: text.first,
      count: text.texts.length,
    }
  })
  return {
    file: {
      version: SEARCH_INDEX_VERSION,
      spellings,
      groups: searchGroups(bundle),
      surfaces,
      documents: docs.map(({ id, kind, title, context, href, handout }) =>
        handout ? { id, kind, title, context, href, handout } : { id, kind, title, context, href },
      ),
      texts: textFiles.map(({ name, first, count }) => ({ first, count, file: name })),
      postings,
    },
    textFiles: textFiles.map(({ name, json }) => ({ name, json })),
  }
}

/** Reads `built`'s text files from memory, as parsed JSON (tests and benchmarks). */
export function builtTextReader(built: Pick<BuiltSearchIndex, 'textFiles'>): ReadTextFile {
  const byName = new Map(built.textFiles.map((file) => [file.name, file.json]))
  return async (name) => {
    const json = byName.get(name)
    if (json === undefined) throw new Error('no such file')
    return JSON.parse(json) as unknown
  }
}
