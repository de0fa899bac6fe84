/**
 * Thrown when the search index is not one this code can read (an old build, a broken file):
 * when it loads, or by a search that meets a broken part of it (postings and documents are
 * checked as they are first read). Its own module, so the app can recognise it without
 * loading the query code.
 */
export class SearchIndexError extends Error {}

/** What to tell the person searching when the index is broken or from another version. */
export function brokenIndexMessage(error: Error): string {
  return `The search index does not fit this version of the app (${error.message}). Reinstall the app.`
}
