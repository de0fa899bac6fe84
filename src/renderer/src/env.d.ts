/// <reference types="vite/client" />

/** The content catalogue and where its chunks are served (build/content-plugin.ts). */
declare module 'virtual:atlas-content' {
  import type { Catalogue } from '@shared/content/catalogue'
  export const catalogue: Catalogue
  export const chunkBase: string
}

/** The URL of the search index asset, built at build time (build/search-index-plugin.ts). */
declare module 'virtual:atlas-search-index' {
  const url: string
  export default url
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
