/// <reference types="vite/client" />

declare module 'virtual:atlas-content' {
  import type { ContentBundle } from '@shared/content/model'
  const bundle: ContentBundle
  export default bundle
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
