import type { AtlasApi } from '../shared/ipc/api'

declare global {
  interface Window {
    /** The preload bridge; absent when the UI runs in a plain browser. */
    api?: AtlasApi
  }
}

export {}
