import type { Plugin } from 'vite'
import { buildSearchIndex } from '../src/shared/search/index-file'
import { encodeSearchIndex } from '../src/shared/search/index-binary'
import { compiledContent } from './compiled-content'
import { contentRoot } from './content-root'
import { contentHash } from './content-hash'

export const SEARCH_INDEX_MODULE_ID = 'virtual:atlas-search-index'
const RESOLVED_ID = `\0${SEARCH_INDEX_MODULE_ID}`
/** Where the dev server serves the index (a build emits it as a hashed asset instead). */
const DEV_PATH = '/@atlas/search-index.bin'
/** The text files' folder, beside the index (their names in the index are relative to it). */
const TEXT_DIR = 'search'

/** The search index (its binary file) and its text files (JSON texts), as the renderer fetches them. */
export interface SearchAssets {
  index: Uint8Array
  /** Name relative to the index's folder, and JSON text. */
  textFiles: { name: string; json: string }[]
}

/** The search index of the content folder and its text files. */
export async function searchAssets(root = contentRoot()): Promise<SearchAssets> {
  // Content problems fail the build in the content plugin, which lists them; the index is
  // built from whatever compiled (the content plugin's own compile when the files are the same).
  const { result } = await compiledContent(root)
  const built = buildSearchIndex(result.bundle, {
    nameTextFile: (json) => `${TEXT_DIR}/texts-${contentHash(json)}.json`,
  })
  return { index: encodeSearchIndex(built.file), textFiles: built.textFiles }
}

/**
 * Builds the search index at build time and emits it as one binary asset, with the documents'
 * texts (for snippets) as small JSON files beside it; the renderer imports
 * `virtual:atlas-search-index` for the index's URL, fetches it on first use and fetches text
 * files as results need them (served over app://, which the CSP's connect-src 'self' allows).
 * Nothing is indexed in the renderer.
 */
export function searchIndexPlugin(): Plugin {
  let serving = false
  /** In the dev server: the text files of the last index served, by name. */
  let served = new Map<string, string>()
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
      const { index, textFiles } = await searchAssets()
      // Named by their own hash, beside the index, whose hashed name Rollup gives it.
      for (const file of textFiles)
        this.emitFile({ type: 'asset', fileName: `assets/${file.name}`, source: file.json })
      const reference = this.emitFile({ type: 'asset', name: 'search-index.bin', source: index })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
    configureServer(server) {
      // Built per request, so an edit to the content shows in the next search.
      server.middlewares.use(DEV_PATH, (_request, response, next) => {
        searchAssets().then(({ index, textFiles }) => {
          served = new Map(textFiles.map((file) => [file.name, file.json]))
          response.setHeader('content-type', 'application/octet-stream')
          response.end(index)
        }, next)
      })
      server.middlewares.use(`/@atlas/${TEXT_DIR}/`, (request, response, next) => {
        const name = `${TEXT_DIR}/${(request.url ?? '').replace(/^\//, '').split('?')[0] ?? ''}`
        const json = served.get(name)
        if (json === undefined) return next()
        response.setHeader('content-type', 'application/json; charset=utf-8')
        response.end(json)
      })
    },
  }
}
