import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'
import type { Catalogue } from '@shared/content/catalogue'
import App from '../App.vue'
import { setUpAtlasApp } from '../app-setup'

/**
 * The library page as HTML, rendered at build time by build/shell-plugin.ts with the app's own
 * components, its catalogue and the default settings, for index.html to paint before the app's
 * code has run. Links are written as the window's hash router writes them (`#/modules/…`).
 */
export async function renderLibraryShell(catalogue: Catalogue): Promise<string> {
  const notAtBuildTime = () => Promise.reject(new Error('nothing is fetched while prerendering'))
  const { app, router } = setUpAtlasApp({
    app: createSSRApp(App),
    history: createMemoryHistory('#'),
    catalogue,
    chunks: notAtBuildTime,
    search: notAtBuildTime,
  })
  await router.push('/')
  await router.isReady()
  return renderToString(app)
}
