import type { SearchDoc } from './documents'
import type { PostingsFile } from './postings'

/** Bumped whenever the asset's shape or the term processing changes. */
export const SEARCH_INDEX_VERSION = 2

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
  /** What each result shows, by document number. */
  documents: ListedDoc[]
  /** Each document's text, for snippets, by document number. */
  texts: string[]
  postings: PostingsFile
}

/** Fields stored with each document: what a result shows without going back to the content. */
export type StoredDoc = Pick<SearchDoc, 'kind' | 'title' | 'context' | 'href' | 'text' | 'handout'>

/** A document as listed in the asset: its text is kept apart, in `texts`. */
export type ListedDoc = Omit<StoredDoc, 'text'> & { id: string }
