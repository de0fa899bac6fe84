import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../src/shared/csp'

/** Puts the CSP into index.html as a meta tag: strict in builds, relaxed for the dev server. */
export function cspPlugin(): Plugin {
  let policy = CONTENT_SECURITY_POLICY
  return {
    name: 'atlas-csp',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_CONTENT_SECURITY_POLICY
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ]
    },
  }
}
