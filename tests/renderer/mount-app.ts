/**
 * Mounting with the app's real plugins: a fresh Pinia, the app's route table on memory history
 * (hash history would share window.location between tests), and compiled content by injection.
 */
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { defineComponent, h as vnode } from 'vue'
import { RouterView, createMemoryHistory, createRouter, type Router } from 'vue-router'
import { routes } from '@renderer/router'
import { CONTENT_KEY, type ContentIndex } from '@renderer/content/content-index'

export function createTestRouter(): Router {
  return createRouter({ history: createMemoryHistory(), routes })
}

export interface Harness {
  pinia: Pinia
  router: Router
  index: ContentIndex
}

/** A fresh Pinia (made active, so tests can read stores) and router for one test. */
export function harness(index: ContentIndex): Harness {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { pinia, router: createTestRouter(), index }
}

/** `global` mounting options that install the harness: its Pinia, its router, the content. */
export function globalFor(h: Harness) {
  return { plugins: [h.pinia, h.router], provide: { [CONTENT_KEY as symbol]: h.index } }
}

/** Navigates the harness router and waits until the route is current. */
export async function at(h: Harness, path: string): Promise<void> {
  await h.router.push(path)
  await h.router.isReady()
}

/** What App.vue renders for a route: the matched view, with the route's own props. */
export const RouteHost = defineComponent({ name: 'RouteHost', render: () => vnode(RouterView) })
