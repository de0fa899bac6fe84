import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { catalogue, chunkBase } from 'virtual:atlas-content'
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
import { createAtlasRouter, prefetchLikelyRoutes } from './router'
import LibraryView from './views/LibraryView.vue'
import { CONTENT_KEY, createContentIndex } from './content/content-index'
import { fetchChunkSource } from './content/fetch-chunk-source'
import { installContentGuard, installLinkPrefetch } from './content/content-guard'
import { SEARCH_KEY, assetLoader } from './search/search-service'
import { useSettingsStore } from './settings/settings-store'
import { useBridge } from './composables/useBridge'
import { askOverviewEarlyOnTheWay } from './learning/early-overview'

const app = createApp(App)
const pinia = createPinia()
// The catalogue ships in this chunk; each module, entry, table, handout and deck is fetched
// when opened (build/content-plugin.ts).
const content = createContentIndex(catalogue, fetchChunkSource(chunkBase))
const router = createAtlasRouter(LibraryView)
installContentGuard(router, content)
installLinkPrefetch(router, content, document)
// Main works out the learning page's figures while the page's code loads and renders.
askOverviewEarlyOnTheWay(router, useBridge(), () => useSettingsStore(pinia).settings.learning)
app.provide(CONTENT_KEY, content)
app.provide(SEARCH_KEY, assetLoader(searchIndexUrl))
app.use(pinia)
app.use(router)
// Settings first, so the first paint already has the chosen theme and text size.
void useSettingsStore(pinia)
  .load()
  .finally(() => {
    app.mount('#app')
    void router.isReady().then(() => prefetchLikelyRoutes(router))
  })
