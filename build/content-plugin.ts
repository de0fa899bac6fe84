import type { Plugin } from 'vite'
import { compileContent } from '../src/shared/content/compile-content'
import { formatIssue } from '../src/shared/content/issues'
import { readContentFiles } from '../src/main/content/read-content-files'
import { measureReadability } from './readability'
import { contentLabel, contentRoot } from './content-root'
import { todayIso } from '../src/shared/dates'

export const CONTENT_MODULE_ID = 'virtual:atlas-content'
const RESOLVED_ID = `\0${CONTENT_MODULE_ID}`

/**
 * Compiles resources/content (or the folder ATLAS_CONTENT_ROOT names) at build time into `virtual:atlas-content`, so the renderer ships
 * validated, pre-rendered content and needs no file system. Any content error fails the build
 * with every problem listed; an overdue review date only warns, so the app still starts.
 */
export function contentPlugin(): Plugin {
  const root = contentRoot()
  return {
    name: 'atlas-content',
    resolveId(id) {
      return id === CONTENT_MODULE_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const files = await readContentFiles(root)
      for (const file of files) this.addWatchFile(`${root}/${file.path}`)
      const { bundle, issues } = compileContent(
        files,
        { today: todayIso(), readability: measureReadability },
        contentLabel(),
      )
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
      // JSON.parse of a string literal loads faster than an equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))})`
    },
    configureServer(server) {
      server.watcher.add(root)
      server.watcher.on('change', (path) => {
        if (!path.startsWith(root)) return
        const module = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (module) server.moduleGraph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}
