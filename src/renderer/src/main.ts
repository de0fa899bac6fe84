import { createApp } from 'vue'
import { createWebHashHistory } from 'vue-router'
import { chunkBase } from 'virtual:atlas-content'
import type { Catalogue } from '@shared/content/catalogue'
import searchIndexUrl from 'virtual:atlas-search-index'
import '@fontsource/atkinson-hyperlegible-next/400.css'
import '@fontsource/atkinson-hyperlegible-next/400-italic.css'
import '@fontsource/atkinson-hyperlegible-next/700.css'
import '@fontsource-variable/source-serif-4/opsz.css'
import './styles/tokens.css'
import './styles/base.css'
import './styles/prose.css'
import './styles/safety.css'
import './styles/print.css'
import App from './App.vue'
import { setUpAtlasApp } from './app-setup'
import { prefetchLikelyRoutes } from './router'
import { fetchChunkSource } from './content/fetch-chunk-source'
import { assetLoader } from './search/search-service'
import { useSettingsStore } from './settings/settings-store'
import { useBridge } from './composables/useBridge'
import { askOverviewEarlyOnTheWay } from './learning/early-overview'
import { catalogueResponse } from './content/catalogue-fetch'
import { readCatalogue } from './content/read-catalogue'
import { showStartFailure } from './start-failed'
import { prefetchStartRoute } from './start-route'

/** The app over the catalogue, mounted over the prerendered library. */
function startApp(catalogue: Catalogue): void {
  const { app, pinia, router, content } = setUpAtlasApp({
    app: createApp(App),
    history: createWebHashHistory(),
    catalogue,
    chunks: fetchChunkSource(chunkBase),
    search: assetLoader(searchIndexUrl),
    document,
  })
  prefetchStartRoute(router, content, location.hash.slice(1) || '/')
  // Main works out the learning page's figures while the page's code loads and renders.
  askOverviewEarlyOnTheWay(router, useBridge(), () => useSettingsStore(pinia).settings.learning)
  // Settings first, so the app's first render already has the chosen theme and text size.
  void useSettingsStore(pinia)
    .load()
    .finally(() => {
      // Mounting replaces the library prerendered into index.html (boot.ts), in one task: no
      // frame shows neither.
      app.mount('#app')
      void router.isReady().then(() => prefetchLikelyRoutes(router))
    })
}

// The catalogue was asked for as the page loaded (boot.ts); without it nothing can be listed.
void readCatalogue(catalogueResponse).then(startApp, (error: unknown) =>
  showStartFailure((error as Error).message),
)
