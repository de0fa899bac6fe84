import type { Plugin } from 'vite'
import { buildSearchIndex } from '../src/shared/search/index-file'
import { compiledContent } from './compiled-content'
import { contentRoot } from './content-root'

export const SEARCH_INDEX_MODULE_ID = 'virtual:atlas-search-index'
const RESOLVED_ID = `\0${SEARCH_INDEX_MODULE_ID}`
/** Where the dev server serves the index (a build emits it as a hashed asset instead). */
const DEV_PATH = '/@atlas/search-index.json'

/** The search index of the content folder, as the JSON text the renderer fetches. */
export async function searchIndexJson(root = contentRoot()): Promise<string> {
  // Content problems fail the build in the content plugin, which lists them; the index is
  // built from whatever compiled (the content plugin's own compile when the files are the same).
  const { result } = await compiledContent(root)
  return JSON.stringify(buildSearchIndex(result.bundle))
}

/**
 * Builds the search index at build time and emits it as one JSON asset; the renderer imports
 * `virtual:atlas-search-index` for the asset's URL and fetches it on first use (served over
 * app://, which the CSP's connect-src 'self' allows). Nothing is indexed in the renderer.
 */
export function searchIndexPlugin(): Plugin {
  let serving = false
  return {
    name: 'atlas-search-index',
    configResolved(config) {
      serving = config.command === 'serve'
    },
    resolveId(id) {
      return id === SEARCH_INDEX_MODULE_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      if (serving) return `export default ${JSON.stringify(DEV_PATH)}`
      const reference = this.emitFile({
        type: 'asset',
        name: 'search-index.json',
        source: await searchIndexJson(),
      })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
    configureServer(server) {
      // Built per request, so an edit to the content shows in the next search.
      server.middlewares.use(DEV_PATH, (_request, response, next) => {
        searchIndexJson().then((json) => {
          response.setHeader('content-type', 'application/json; charset=utf-8')
          response.end(json)
        }, next)
      })
    },
  }
}
