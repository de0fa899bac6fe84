import { createApp } from 'vue'
import { createPinia } from 'pinia'
import bundle from 'virtual:atlas-content'
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
import { createAtlasRouter } from './router'
import { CONTENT_KEY, createContentIndex } from './content/content-index'
import { SEARCH_KEY, assetLoader } from './search/search-service'
import { useSettingsStore } from './settings/settings-store'

const app = createApp(App)
const pinia = createPinia()
app.provide(CONTENT_KEY, createContentIndex(bundle))
app.provide(SEARCH_KEY, assetLoader(searchIndexUrl))
app.use(pinia)
app.use(createAtlasRouter())
// Settings first, so the first paint already has the chosen theme and text size.
void useSettingsStore(pinia)
  .load()
  .finally(() => app.mount('#app'))
