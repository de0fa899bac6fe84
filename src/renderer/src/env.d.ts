/// <reference types="vite/client" />

/** Where content chunks are served, and the catalogue's file among them (build/content-plugin.ts). */
declare module 'virtual:atlas-content' {
  export const catalogueFile: string
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
