import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../src/main/security/app-origin'

describe('isAppUrl', () => {
  it.each([
    ['app://atlas/index.html', true],
    ['app://atlas/assets/x.js', true],
    ['app://evil/index.html', false],
    ['app://evil@atlas/index.html', false],
    ['app://user:pass@atlas/index.html', false],
    ['app://atlas:8080/index.html', false],
    ['https://atlas/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected)
  })

  it('accepts the dev server origin only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/#/modules/x')).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/modules/x', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('http://evil@localhost:5173/', 'http://localhost:5173')).toBe(false)
  })
})
