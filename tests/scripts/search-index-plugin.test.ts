import { describe, expect, it } from 'vitest'
import type { Plugin, ViteDevServer } from 'vite'
import { decodeSearchIndex } from '@shared/search/index-binary'
import { searchIndexPlugin } from '../../build/search-index-plugin'

type Handler = (
  request: { url?: string },
  response: {
    setHeader: (name: string, value: string) => void
    end: (body: string | Uint8Array) => void
  },
  next: (error?: unknown) => void,
) => void

/** The plugin's dev-server middlewares by mount path, and a way to ask one for a URL. */
function devServer(plugin: Plugin) {
  const mounted = new Map<string, Handler>()
  const server = {
    middlewares: { use: (path: string, handler: Handler) => mounted.set(path, handler) },
  } as unknown as ViteDevServer
  ;(plugin.configureServer as (server: ViteDevServer) => void)(server)
  const get = (path: string, url: string) =>
    new Promise<string | Uint8Array | null>((done, fail) =>
      mounted.get(path)!(
        { url },
        { setHeader: () => undefined, end: (body) => done(body) },
        (error) => (error ? fail(error) : done(null)),
      ),
    )
  return { mounted, get }
}

describe('the search index in the dev server', () => {
  it('serves the index, and each text file it lists beside it', { timeout: 60_000 }, async () => {
    const { mounted, get } = devServer(searchIndexPlugin())
    expect([...mounted.keys()]).toEqual(['/@atlas/search-index.bin', '/@atlas/search/'])
    const index = decodeSearchIndex((await get('/@atlas/search-index.bin', '/')) as Uint8Array)
    expect(index.texts.length).toBeGreaterThan(1)
    for (const ref of index.texts) {
      // Mounted at /@atlas/search/, so the middleware sees the rest of the path.
      const url = `/${ref.file.replace(/^search\//, '')}?t=1`
      const file = JSON.parse((await get('/@atlas/search/', url)) as string) as { first: number }
      expect(file.first).toBe(ref.first)
    }
    expect(await get('/@atlas/search/', '/texts-0000000000.json')).toBeNull()
  })
})
