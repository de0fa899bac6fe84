import type { SearchDoc } from './documents'
import type { PostingsFile } from './postings'

/** Bumped whenever the asset's shape or the term processing changes. */
export const SEARCH_INDEX_VERSION = 3

/** Words that mean one thing, and the documents to rank first for them, best first. */
export interface SearchGroup {
  means: string
  terms: string[]
  targets: string[]
  /** Processed forms of `means` then each term, made at build time so loading is quick. */
  keys: string[]
}

/**
 * The search index as the build makes it from the compiled content, and ships it packed into
 * one binary file (index-binary.ts) that the renderer loads on first use. Everything a query
 * needs is in it; the documents' texts, which only snippets need, are in separate files fetched
 * when a result from them shows (at 500 topics they were 45 MB of a 71 MB index, all fetched
 * and parsed before a first search).
 */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION
  spellings: Record<string, string>
  groups: SearchGroup[]
  /** Indexed terms that are not themselves words of the text ("herpe"), with the word to show. */
  surfaces: Record<string, string>
  /** What each result shows, by document number. */
  documents: ListedDoc[]
  /** The files holding the documents' texts, for snippets: consecutive documents, in order. */
  texts: TextFileRef[]
  postings: PostingsFile
}

/** One file of texts: documents `first` to `first + count - 1`, at `file` (beside the index). */
export interface TextFileRef {
  first: number
  count: number
  file: string
}

/** A file of texts as shipped. */
export interface TextFile {
  version: typeof SEARCH_INDEX_VERSION
  first: number
  texts: string[]
}

/** A document as listed in the asset: what a result shows without going back to the content. */
export type ListedDoc = Pick<SearchDoc, 'id' | 'kind' | 'title' | 'context' | 'href' | 'handout'>
