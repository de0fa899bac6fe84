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

  it('refuses to attach webviews', () => {
    const { navigate, has } = setup()
    expect(has('will-attach-webview')).toBe(true)
    expect(navigate('will-attach-webview', 'app://atlas/index.html')).toBe(true)
  })
})

describe('session policy', () => {
  it('denies permission requests and checks', () => {
    let request: Handler = () => undefined
    let check: Handler = () => true
    const session = {
      setPermissionRequestHandler: (h: Handler) => (request = h),
      setPermissionCheckHandler: (h: Handler) => (check = h),
    }
    applySessionPolicy(session as unknown as Session)
    const callback = vi.fn()
    request({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(check({}, 'notifications')).toBe(false)
  })
})
