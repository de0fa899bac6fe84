/// <reference types="vite/client" />

declare module 'virtual:atlas-content' {
  import type { ContentBundle } from '@shared/content/model'
  const bundle: ContentBundle
  export default bundle
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
