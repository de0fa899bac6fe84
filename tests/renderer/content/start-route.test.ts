import { beforeAll, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { ContentBundle } from '@shared/content/model'
import { buildCatalogue, contentChunks } from '@shared/content/catalogue'
import { createContentIndex } from '@renderer/content/content-index'
import { prefetchStartRoute } from '@renderer/start-route'
import { fixtureBundle } from '../content'

let bundle: ContentBundle
beforeAll(async () => {
  bundle = await fixtureBundle()
})

/** A router with a lazy module page and an eager library, and a content index that records fetches. */
function setUp() {
  const View = defineComponent({ render: () => null })
  const loadModule = vi.fn(() => Promise.resolve(View))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'library', component: View },
      { path: '/modules/:id', name: 'module', component: loadModule },
    ],
  })
  const chunks = contentChunks(bundle)
  const catalogue = buildCatalogue(
    bundle,
    chunks.map((c) => ({ kind: c.kind, id: c.id, hash: 'test' })),
  )
  const fetched: string[] = []
  const content = createContentIndex(catalogue, (ref) => {
    fetched.push(`${ref.kind}:${ref.id}`)
    return Promise.resolve(
      JSON.stringify(chunks.find((c) => c.kind === ref.kind && c.id === ref.id)),
    )
  })
  return { router, content, loadModule, fetched }
}

describe('the page a window opens at', () => {
  it('has its code and its content asked for at once, before any navigation', () => {
    const id = bundle.topics[0]!.id
    const { router, content, loadModule, fetched } = setUp()
    prefetchStartRoute(router, content, `/modules/${id}`)
    expect(loadModule).toHaveBeenCalledOnce()
    expect(fetched).toEqual([`topic:${id}`])
    // Nothing has navigated yet: the router is still where it started.
    expect(router.currentRoute.value.matched).toEqual([])
  })

  it('asks for nothing when the page is the library, or no page at all', () => {
    const { router, content, loadModule, fetched } = setUp()
    prefetchStartRoute(router, content, '/')
    prefetchStartRoute(router, content, '/no/such/page')
    expect(loadModule).not.toHaveBeenCalled()
    expect(fetched).toEqual([])
  })
})
