import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../src/shared/csp'

/** The app's policy module, from the project root (where npm scripts run, as for content). */
const trustedHtmlModule = (): string =>
  resolve(process.cwd(), 'src/renderer/src/security/trusted-html.ts')

/** Vue's runtime-dom module, where `v-html` and static template content become innerHTML. */
const VUE_RUNTIME_DOM = /[\\/]@vue[\\/]runtime-dom[\\/]dist[\\/]runtime-dom\.esm-bundler\.js$/

/**
 * Vue 3.5 creates its own Trusted Types policy named "vue" that passes any string through, and
 * sends every `v-html` value through it. Allowed by the CSP, it would let any string into any
 * `v-html`; refused, it logs a CSP violation at every start. So the build replaces it with the
 * app's one policy, which checks the HTML: every `v-html` is then checked, with no extra name.
 */
const VUE_POLICY =
  /let policy = void 0;\nconst tt = typeof window !== "undefined" && window\.trustedTypes;\nif \(tt\) \{[\s\S]*?\n\}\nconst unsafeToTrustedHTML = [^\n]*\n/

/**
 * Puts the CSP into index.html as a meta tag (strict in builds, relaxed for the dev server), and
 * in builds hands Vue's innerHTML path to the app's Trusted Types policy.
 */
export function cspPlugin(): Plugin {
  let policy = CONTENT_SECURITY_POLICY
  let building = true
  return {
    name: 'atlas-csp',
    configResolved(config) {
      building = config.command === 'build'
      if (!building) policy = DEV_CONTENT_SECURITY_POLICY
    },
    transform(code, id) {
      if (!building || !VUE_RUNTIME_DOM.test(id)) return undefined
      const matches = code.match(new RegExp(VUE_POLICY.source, 'g')) ?? []
      if (matches.length !== 1) {
        // Failing the build is the safe answer: a new Vue may have changed how it uses the policy.
        this.error(
          `Vue's Trusted Types code is not where build/csp-plugin.ts expects it (${matches.length} matches in ${id}). Check how this Vue version creates its policy before building.`,
        )
      }
      return {
        code: code.replace(
          VUE_POLICY,
          `import { trustedHtml as unsafeToTrustedHTML } from ${JSON.stringify(trustedHtmlModule())};\n`,
        ),
        map: null,
      }
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
