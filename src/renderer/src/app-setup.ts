import type { App } from 'vue'
import { createPinia, type Pinia } from 'pinia'
import type { Router, RouterHistory } from 'vue-router'
import type { Catalogue } from '@shared/content/catalogue'
import { createAtlasRouter } from './router'
import LibraryView from './views/LibraryView.vue'
import {
  CONTENT_KEY,
  createContentIndex,
  type ChunkSource,
  type ContentIndex,
} from './content/content-index'
import { installContentGuard, installLinkPrefetch } from './content/content-guard'
import { SEARCH_KEY, type SearchLoader } from './search/search-service'
import { installPageTitles } from './page-titles'

export interface AtlasApp {
  app: App
  pinia: Pinia
  router: Router
  content: ContentIndex
}

/**
 * The app as both the window and the build's prerendered library (shell/render-shell.ts) make
 * it: the same stores, routes and provided services, so the page painted from the HTML file is
 * the page the app then renders.
 */
export function setUpAtlasApp(options: {
  app: App
  history: RouterHistory
  catalogue: Catalogue
  chunks: ChunkSource
  search: SearchLoader
  /** The window's document, where routes load their content; none when prerendering. */
  document?: Document
}): AtlasApp {
  const { app } = options
  const pinia = createPinia()
  // The catalogue ships in the entry chunk; each module, entry, table, handout and deck is
  // fetched when opened (build/content-plugin.ts).
  const content = createContentIndex(options.catalogue, options.chunks)
  const router = createAtlasRouter(LibraryView, options.history)
  // Loading content as routes open: in a window only. Prerendering fetches nothing, and the
  // guard's "after the next paint" has no frames to wait for at build time.
  if (options.document) {
    installContentGuard(router, content)
    installLinkPrefetch(router, content, options.document)
    installPageTitles(router, options.document)
  }
  app.provide(CONTENT_KEY, content)
  app.provide(SEARCH_KEY, options.search)
  app.use(pinia)
  app.use(router)
  return { app, pinia, router, content }
}
