import { afterEach, describe, expect, it, vi } from 'vitest'
import { localServerUrl, resolveDevServerUrl } from '../../src/main/dev-server'

describe('dev server address (development builds only)', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it.each(['http://localhost:5173', 'http://127.0.0.1:5173/'])('accepts %s', (url) => {
    expect(localServerUrl(url)).toBe(new URL(url).href)
  })

  it.each([
    'https://evil.example/',
    'http://evil.example:5173/',
    'http://localhost.evil.example/',
    'http://user@localhost:5173/',
    'https://localhost:5173/',
    'file:///tmp/index.html',
    'not a url',
  ])('ignores %s, and says so', (url) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(localServerUrl(url)).toBeUndefined()
    expect(warn).toHaveBeenCalledOnce()
  })

  it('reads the variable in a development build (tests run as one)', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173')
    expect(resolveDevServerUrl()).toBe('http://localhost:5173/')
  })
})
