/**
 * The renderer's Content Security Policy. The same string goes into the built index.html (meta)
 * and, with frame-ancestors added, into every app:// response header from main.
 * No inline or eval script, no remote hosts, no plugins, no <base>, no form posts.
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
].join('; ')

/** Dev server only: Vite injects styles and talks to its HMR socket. */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:*")
