/** The custom scheme and host the UI is served from: `app://atlas/index.html`. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'atlas'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/**
 * Whether `url` belongs to the app: exactly `app://atlas` (no user name, password or port, which
 * the origin check alone would let through), or the dev server's origin in a development build.
 * Anything else is foreign.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.username || parsed.password) return false
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST && !parsed.port
  if (!devServerUrl) return false
  try {
    return parsed.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}
