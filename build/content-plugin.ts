import type { Plugin } from 'vite'
import { formatIssue } from '../src/shared/content/issues'
import {
  buildCatalogue,
  chunkFileName,
  contentChunks,
  embeddedTables,
  type Catalogue,
} from '../src/shared/content/catalogue'
import type { ContentBundle } from '../src/shared/content/model'
import { contentRoot } from './content-root'
import { compiledContent } from './compiled-content'
import { contentHash } from './content-hash'

export const CONTENT_MODULE_ID = 'virtual:atlas-content'
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`
/** Where built chunks go, beside the entry chunk in assets/ (the renderer finds them from there). */
export const CHUNK_DIR = 'content'
/** Where the dev server serves chunks. */
const DEV_PATH = '/@atlas/content/'

/** What the content plugin offers the build's other plugins. */
export interface ContentPluginApi {
  catalogue: () => Catalogue | undefined
}

/** The catalogue's file: named by a hash of its text, beside the chunks. */
export function catalogueFile(catalogue: Catalogue): { name: string; json: string } {
  const json = JSON.stringify(catalogue)
  return { name: `catalogue-${contentHash(json)}.json`, json }
}

/** Each chunk's file text and the hash that names it. */
export function chunkFiles(bundle: ContentBundle) {
  return contentChunks(bundle).map(({ kind, id, ...rest }) => {
    const json = JSON.stringify({ kind, id, ...rest })
    const hash = contentHash(json)
    const tables = embeddedTables(kind, rest.data)
    return { kind, id, hash, json, name: chunkFileName(kind, id, hash), tables }
  })
}

/**
 * Compiles resources/content (or the folder ATLAS_CONTENT_ROOT names) at build time. The
 * renderer imports `virtual:atlas-content` for the chunks' base URL and the name of the
 * catalogue's file (what lists and links need), which it fetches as the page loads (boot.ts):
 * the catalogue grows with the library, the scripts do not. Every module, entry, table,
 * handout and deck is emitted as its own JSON asset, named by a hash of its text, and fetched
 * over app:// when opened (connect-src 'self').
 * Any content error fails the build with every problem listed; an overdue review date only
 * warns, so the app still starts.
 */
export function contentPlugin(): Plugin {
  const root = contentRoot()
  let serving = false
  /** In the dev server: chunk file name → its text, from the last compile. */
  let served = new Map<string, string>()
  /** The last catalogue built, for the library prerendered into index.html (shell-plugin.ts). */
  let built: Catalogue | undefined
  return {
    name: 'atlas-content',
    api: { catalogue: (): Catalogue | undefined => built } satisfies ContentPluginApi,
    configResolved(config) {
      serving = config.command === 'serve'
    },
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { files, result } = await compiledContent(root)
      for (const file of files) this.addWatchFile(`${root}/${file.path}`)
      const { bundle, issues } = result
      const errors = issues.filter((issue) => issue.severity !== 'overdue')
      for (const issue of issues.filter((i) => i.severity === 'overdue'))
        this.warn(formatIssue(issue))
      // Authors mid-edit can look at the app anyway; CI and normal builds never set this.
      if (errors.length && process.env['ATLAS_CONTENT_ERRORS'] === 'warn') {
        this.warn(`${errors.length} content problem(s) ignored because ATLAS_CONTENT_ERRORS=warn`)
      } else if (errors.length) {
        this.error(
          `${errors.length} content problem(s); run "npm run content:check" for the list:\n` +
            errors.slice(0, 20).map(formatIssue).join('\n'),
        )
      }
      const chunks = chunkFiles(bundle)
      const catalogue = buildCatalogue(bundle, chunks)
      built = catalogue
      const listed = catalogueFile(catalogue)
      const assets = [...chunks, listed]
      if (serving) served = new Map(assets.map((c) => [c.name, c.json]))
      else
        for (const asset of assets)
          this.emitFile({
            type: 'asset',
            fileName: `assets/${CHUNK_DIR}/${asset.name}`,
            source: asset.json,
          })
      // The chunks sit in a folder beside the chunk this module ends up in (assets/), so their
      // URL is found from import.meta.url; the dev server serves them from DEV_PATH (absolute).
      const base = `new URL(${JSON.stringify(serving ? DEV_PATH : `./${CHUNK_DIR}/`)}, import.meta.url).href`
      return [
        `export const catalogueFile = ${JSON.stringify(listed.name)}`,
        `export const chunkBase = ${base}`,
      ].join('\n')
    },
    configureServer(server) {
      server.watcher.add(root)
      server.watcher.on('change', (path) => {
        if (!path.startsWith(root)) return
        const module = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (module) server.moduleGraph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      })
      server.middlewares.use(DEV_PATH, (request, response, next) => {
        const json = served.get((request.url ?? '').replace(/^\//, '').split('?')[0] ?? '')
        if (json === undefined) return next()
        response.setHeader('content-type', 'application/json; charset=utf-8')
        response.end(json)
      })
    },
  }
}
