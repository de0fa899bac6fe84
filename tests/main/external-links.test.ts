import { describe, expect, it, vi } from 'vitest'
import { createExternalOpener, isSafeExternalUrl } from '../../src/main/security/external-links'

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.nhs.uk/conditions/ectopic-pregnancy/', true],
    ['http://www.nhs.uk/', false],
    ['https://user:pass@example.org/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['mailto:clinic@example.org', true],
    ['mailto:not an address', false],
    ['https://', false],
  ])('%s → %s', (url, safe) => expect(isSafeExternalUrl(url)).toBe(safe))
})

describe('external opener', () => {
  it('opens an https link only after the user confirms', async () => {
    const open = vi.fn(async () => undefined)
    const yes = createExternalOpener({ confirm: async () => true, open })
    const no = createExternalOpener({ confirm: async () => false, open })
    expect(await no('https://example.org/')).toBe(false)
    expect(open).not.toHaveBeenCalled()
    expect(await yes('https://example.org/')).toBe(true)
    expect(open).toHaveBeenCalledWith('https://example.org/')
  })

  it('never asks about, or opens, anything but https', async () => {
    const confirm = vi.fn(async () => true)
    const open = vi.fn(async () => undefined)
    const opener = createExternalOpener({ confirm, open })
    expect(await opener('smb://host/share')).toBe(false)
    expect(confirm).not.toHaveBeenCalled()
    expect(open).not.toHaveBeenCalled()
  })
})
