/**
 * The one Trusted Types policy the renderer may create. Every HTML string that reaches the DOM
 * (each `v-html`, through Vue, and the handout preview's splitter) passes through it, and it
 * lets through only HTML shaped like the content compiler's output.
 */
export const TRUSTED_HTML_POLICY = 'atlas-html'

/** Directives the dev server cannot keep: Vite's client writes its error overlay with innerHTML. */
const TRUSTED_TYPES = [
  "require-trusted-types-for 'script'",
  // No 'allow-duplicates': a second policy of that name (or any other name) is refused.
  `trusted-types ${TRUSTED_HTML_POLICY}`,
]

/**
 * The renderer's Content Security Policy. The same string goes into the built index.html (meta)
 * and, with frame-ancestors added, into every app:// response header from main.
 * No inline or eval script, no remote hosts, no plugins, no <base>, no form posts, no frames,
 * workers or manifests, and DOM sinks take only Trusted Types from the one named policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  ...TRUSTED_TYPES,
].join('; ')

/** Dev server only: Vite injects styles, talks to its HMR socket and writes its overlay as HTML. */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
)
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*")
  .replace(`; ${TRUSTED_TYPES.join('; ')}`, '')
