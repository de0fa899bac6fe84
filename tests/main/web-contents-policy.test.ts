import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import {
  applySessionPolicy,
  applyWebContentsPolicy,
} from '../../src/main/security/web-contents-policy'
import { isAppUrl } from '../../src/main/security/app-origin'

type Handler = (...args: unknown[]) => unknown

function fakeContents() {
  const handlers = new Map<string, Handler>()
  let openHandler: Handler = () => undefined
  const contents = {
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    on: (event: string, handler: Handler) => handlers.set(event, handler),
  }
  return {
    contents: contents as unknown as WebContents,
    open: (url: string) => openHandler({ url }) as { action: string },
    navigate(event: string, url: string) {
      const e = { url, preventDefault: vi.fn() }
      handlers.get(event)?.(e)
      return e.preventDefault.mock.calls.length > 0
    },
    has: (event: string) => handlers.has(event),
  }
}

function setup() {
  const fake = fakeContents()
  const openExternal = vi.fn()
  applyWebContentsPolicy(fake.contents, { isAppUrl: (url) => isAppUrl(url), openExternal })
  return { ...fake, openExternal }
}

describe('web contents policy', () => {
  it('denies every new window, offering only https links to the external opener', () => {
    const { open, openExternal } = setup()
    expect(open('https://www.nice.org.uk/guidance/ng73').action).toBe('deny')
    expect(openExternal).toHaveBeenCalledWith('https://www.nice.org.uk/guidance/ng73')
    expect(open('app://atlas/index.html').action).toBe('deny')
    expect(open('http://example.com').action).toBe('deny')
    expect(open('file:///etc/passwd').action).toBe('deny')
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stays in the app, blocks everything else',
    (event) => {
      const { navigate, openExternal } = setup()
      expect(navigate(event, 'app://atlas/index.html#/modules/x')).toBe(false)
      expect(navigate(event, 'https://example.org/')).toBe(true)
      expect(openExternal).toHaveBeenCalledWith('https://example.org/')
      expect(navigate(event, 'file:///etc/passwd')).toBe(true)
      expect(navigate(event, 'javascript:alert(1)')).toBe(true)
      expect(openExternal).toHaveBeenCalledTimes(1)
    },
  )

  it('cancels the Bluetooth device picker', () => {
    const { has } = setup()
    expect(has('select-bluetooth-device')).toBe(true)
  })

  it('offers the external opener only what the link policy accepts', () => {
    const { open, navigate, openExternal } = setup()
    open('mailto:a@b.c?attach=/home/u/.ssh/id_rsa')
    navigate('will-navigate', 'https://user:pass@example.org/')
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses to attach webviews', () => {
    const { navigate, has } = setup()
    expect(has('will-attach-webview')).toBe(true)
    expect(navigate('will-attach-webview', 'app://atlas/index.html')).toBe(true)
  })
})

/** A session stand-in that records every handler and listener the policy installs. */
function fakeSession() {
  const handlers: Record<string, Handler> = {}
  const listeners = new Map<string, Handler[]>()
  const session = {
    setPermissionRequestHandler: (h: Handler) => (handlers['request'] = h),
    setPermissionCheckHandler: (h: Handler) => (handlers['check'] = h),
    setDevicePermissionHandler: (h: Handler) => (handlers['device'] = h),
    setDisplayMediaRequestHandler: (h: Handler) => (handlers['displayMedia'] = h),
    on: (event: string, h: Handler) => listeners.set(event, [...(listeners.get(event) ?? []), h]),
  }
  return { session: session as unknown as Session, handlers, listeners }
}

describe('session policy', () => {
  it('denies permission requests and checks', () => {
    const { session, handlers } = fakeSession()
    applySessionPolicy(session)
    const callback = vi.fn()
    handlers['request']!({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(handlers['check']!({}, 'notifications')).toBe(false)
  })

  it('denies device access and screen capture, and cancels every device picker', () => {
    const { session, handlers, listeners } = fakeSession()
    applySessionPolicy(session)
    expect(handlers['device']!({ deviceType: 'usb', origin: 'app://atlas' })).toBe(false)
    const capture = vi.fn()
    handlers['displayMedia']!({ frame: null }, capture)
    expect(capture).toHaveBeenCalledExactlyOnceWith(null)
    for (const [event, args, cancelled] of [
      ['select-hid-device', [{ deviceList: [{ deviceId: 'h1' }] }], []],
      ['select-serial-port', [[{ portId: 'p1' }], {}], ['']],
      ['select-usb-device', [{ deviceList: [{ deviceId: 'u1' }] }], []],
    ] as const) {
      const picker = listeners.get(event)
      expect(picker, event).toHaveLength(1)
      const preventDefault = vi.fn()
      const callback = vi.fn()
      picker![0]!({ preventDefault }, ...args, callback)
      expect(preventDefault, event).toHaveBeenCalled()
      expect(callback, event).toHaveBeenCalledExactlyOnceWith(...cancelled)
    }
  })

  it('guards a session once, however many web contents share it', () => {
    const { session, listeners } = fakeSession()
    applySessionPolicy(session)
    applySessionPolicy(session)
    expect(listeners.get('select-usb-device')).toHaveLength(1)
  })
})
