/**
 * Performance measures the app makes as it loads the search index, read back from the running
 * app by the benchmark (scripts/bench/search.ts), which imports them from here rather than
 * from renderer code.
 */
export const LOAD_MEASURE = 'atlas:search-index-load'
export const FETCH_MEASURE = 'atlas:search-index-fetch'
