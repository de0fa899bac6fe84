import { createApp } from 'vue'
import { createPinia } from 'pinia'
import bundle from 'virtual:atlas-content'
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

const app = createApp(App)
app.provide(CONTENT_KEY, createContentIndex(bundle))
app.use(createPinia())
app.use(createAtlasRouter())
app.mount('#app')
