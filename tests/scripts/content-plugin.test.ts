import { describe, expect, it } from 'vitest'
import type { Plugin, ViteDevServer } from 'vite'
import type { Catalogue } from '@shared/content/catalogue'
import { contentPlugin, CONTENT_MODULE_ID } from '../../build/content-plugin'
import { createHash } from 'node:crypto'

type Handler = (
  request: { url?: string },
  response: { setHeader: (name: string, value: string) => void; end: (body: string) => void },
  next: (error?: unknown) => void,
) => void

/** The plugin's virtual module as a build (or the dev server) loads it, and what it emitted. */
async function load(plugin: Plugin, command: 'build' | 'serve') {
  ;(plugin.configResolved as (config: { command: string }) => void)({ command })
  const id = (plugin.resolveId as (id: string) => string)(CONTENT_MODULE_ID)
  const emitted = new Map<string, string>()
  const context = {
    addWatchFile: () => undefined,
    warn: () => undefined,
    error: (message: string) => {
      throw new Error(message)
    },
    emitFile: (file: { fileName: string; source: string }) => {
      emitted.set(file.fileName, file.source)
      return ''
    },
  }
  const source = (await (plugin.load as (this: unknown, id: string) => Promise<string>).call(
    context,
    id,
  )) as string
  return { source, emitted }
}

describe('the content plugin', () => {
  it(
    'emits the catalogue as a file and names it in the module, instead of compiling it in',
    {
      timeout: 60_000,
    },
    async () => {
      const { source, emitted } = await load(contentPlugin(), 'build')
      const name = /export const catalogueFile = "(catalogue-[0-9a-f]{10}\.json)"/.exec(source)?.[1]
      expect(name).toBeDefined()
      const file = emitted.get(`assets/content/${name}`)!
      const catalogue = JSON.parse(file) as Catalogue
      expect(catalogue.topics.length).toBeGreaterThan(1)
      expect(Object.keys(catalogue.chunks.topic)).toEqual(catalogue.topics.map((t) => t.id))
      // The module holds names, not content: no module's title or summary is in it.
      const [topic] = catalogue.topics
      expect(source).not.toContain(topic!.title)
      expect(source).not.toContain(topic!.summary.slice(0, 40))
      expect(source.length).toBeLessThan(300)
    },
  )

  it(
    'names every file it emits by a hash of that file’s own text',
    { timeout: 60_000 },
    async () => {
      // An edited module gets a new file name, so a window never shows a stale copy of it.
      const { emitted } = await load(contentPlugin(), 'build')
      expect(emitted.size).toBeGreaterThan(10)
      for (const [name, text] of emitted) {
        expect(name).toMatch(/^assets\/content\/[A-Za-z0-9-]+-[0-9a-f]{10}\.json$/)
        const sha256 = createHash('sha256').update(text).digest('hex')
        expect(name.slice(-15, -5)).toBe(sha256.slice(0, 10))
      }
    },
  )

  it('serves the catalogue beside the chunks in the dev server', { timeout: 60_000 }, async () => {
    const plugin = contentPlugin()
    const { source } = await load(plugin, 'serve')
    const name = /"(catalogue-[0-9a-f]{10}\.json)"/.exec(source)![1]!
    const mounted = new Map<string, Handler>()
    ;(plugin.configureServer as (server: ViteDevServer) => void)({
      watcher: { add: () => undefined, on: () => undefined },
      middlewares: { use: (path: string, handler: Handler) => mounted.set(path, handler) },
    } as unknown as ViteDevServer)
    const body = await new Promise<string | null>((done, fail) =>
      mounted.get('/@atlas/content/')!(
        { url: `/${name}` },
        { setHeader: () => undefined, end: done },
        (error) => (error ? fail(error) : done(null)),
      ),
    )
    expect(body).not.toBeNull()
    expect((JSON.parse(body!) as Catalogue).topics.length).toBeGreaterThan(1)
  })
})
