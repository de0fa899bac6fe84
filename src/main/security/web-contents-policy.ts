import type { Session, WebContents } from 'electron'
import { isSafeExternalUrl } from './external-links'

export interface WebContentsPolicyDeps {
  isAppUrl(url: string): boolean
  /** Offers an https link to the user's browser (confirmation happens there). */
  openExternal(url: string): void
}

/**
 * The one guarded region for every webContents: no new windows, no navigation away from the
 * app, no webviews. A blocked https link is offered to the external opener instead.
 */
export function applyWebContentsPolicy(contents: WebContents, deps: WebContentsPolicyDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) deps.openExternal(url)
    return { action: 'deny' }
  })
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (deps.isAppUrl(url)) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) deps.openExternal(url)
  }
  contents.on('will-frame-navigate', (event) => guard(event, event.url))
  contents.on('will-navigate', (event) => guard(event, event.url))
  contents.on('will-redirect', (event) => guard(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The app asks for no permissions (camera, notifications, …), so every request is denied. */
export function applySessionPolicy(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
