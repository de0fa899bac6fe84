import type { Session, WebContents } from 'electron'
import { parseExternalLink } from '../../shared/links/external-link'

export interface WebContentsPolicyDeps {
  isAppUrl(url: string): boolean
  /** Offers a link to the user's browser or mail app (the opener checks and confirms). */
  openExternal(url: string): void
}

/**
 * The one guarded region for every webContents: no new windows, no navigation away from the
 * app, no webviews, no Bluetooth device picker. A blocked link the policy allows is offered to
 * the external opener instead.
 */
export function applyWebContentsPolicy(contents: WebContents, deps: WebContentsPolicyDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (parseExternalLink(url)) deps.openExternal(url)
    return { action: 'deny' }
  })
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (deps.isAppUrl(url)) return
    event.preventDefault()
    if (parseExternalLink(url)) deps.openExternal(url)
  }
  contents.on('will-frame-navigate', (event) => guard(event, event.url))
  contents.on('will-navigate', (event) => guard(event, event.url))
  contents.on('will-redirect', (event) => guard(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
}

const guarded = new WeakSet<Session>()

/**
 * The app asks for no permissions and no devices, so every request is denied: permissions
 * (camera, notifications, …), device access (HID, serial, USB), screen capture, and the device
 * pickers, which are cancelled. Electron's defaults deny most of these already; saying so here
 * keeps it true whatever a later Electron changes.
 */
export function applySessionPolicy(session: Session): void {
  // Every new webContents passes its session here; its listeners are added once.
  if (guarded.has(session)) return
  guarded.add(session)
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null))
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
}
