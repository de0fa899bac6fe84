import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { parseExternalLink } from '../../src/shared/links/external-link'
import { createExternalOpener } from '../../src/main/security/external-links'
import { externalLinkQuestion } from '../../src/main/security/external-link-dialog'

describe('the link policy', () => {
  it.each([
    [
      'https://www.nhs.uk/conditions/ectopic-pregnancy/',
      'https://www.nhs.uk/conditions/ectopic-pregnancy/',
    ],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
    // A backslash is a path separator in https: the host is example.com, as the href now says.
    ['https://example.com\\@evil.example/', 'https://example.com/@evil.example/'],
    ['https://аррӏе.com/', 'https://xn--80ak6aa92e.com/'],
    ['mailto:clinic@example.org', 'mailto:clinic@example.org'],
    [
      'mailto:clinic@example.org?Subject=Hello%20there&body=Line%0D%0Atwo',
      'mailto:clinic@example.org?subject=Hello%20there&body=Line%0D%0Atwo',
    ],
  ])('accepts %j as %j', (input, href) => {
    expect(parseExternalLink(input)?.href).toBe(href)
  })

  it.each([
    'mailto:a@b.c?attach=/home/u/.ssh/id_rsa',
    'mailto:a@b.c?ATTACH=C:%5CUsers%5Cu%5Csecret.txt',
    'mailto:a@b.c?subject=hi&attach=x',
    'mailto:a@b.c?subject=x&cc=evil@x.y',
    'mailto:a@b.c?subject=x%0d%0aBcc:evil@x.y',
    'mailto:a@b.c?subject=a&subject=b',
    'mailto:a@b.c,d@e.f',
    'mailto:a@b.c#fragment',
    'mailto:',
    'https://x.y/\n',
    'https://',
    'https:example.org',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    'http://www.nhs.uk/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    '//example.org/x',
  ])('refuses %j', (input) => {
    expect(parseExternalLink(input)).toBeNull()
  })
})

describe('the question before a link leaves the app', () => {
  it('names a look-alike international site in punycode, never in the letters it imitates', () => {
    const question = externalLinkQuestion(parseExternalLink('https://аррӏе.com/login')!)
    expect(question.detail).toContain('Site: xn--80ak6aa92e.com')
    expect(question.detail).toContain('punycode')
    expect(question.detail).toMatch(/^[\t\n\x20-\x7e]*$/)
  })

  it('shows an email link as its address and subject', () => {
    const question = externalLinkQuestion(
      parseExternalLink('mailto:clinic@example.org?subject=Appointment')!,
    )
    expect(question.detail).toBe('To: clinic@example.org\nSubject: Appointment')
  })
})

describe('external opener', () => {
  it('opens the canonical address, and only after the user confirms', async () => {
    const open = vi.fn(async (_href: string) => undefined)
    const no = createExternalOpener({ confirm: async () => false, open })
    expect(await no('https://example.org/')).toBe('declined')
    expect(open).not.toHaveBeenCalled()
    const yes = createExternalOpener({ confirm: async () => true, open })
    expect(await yes('HTTPS://Example.ORG')).toBe('opened')
    expect(open).toHaveBeenCalledWith('https://example.org/')
  })

  it('never asks about, or opens, what the policy refuses', async () => {
    const confirm = vi.fn(async () => true)
    const open = vi.fn(async () => undefined)
    const opener = createExternalOpener({ confirm, open })
    expect(await opener('smb://host/share')).toBe('refused')
    expect(await opener('mailto:a@b.c?attach=/home/u/.ssh/id_rsa')).toBe('refused')
    expect(confirm).not.toHaveBeenCalled()
    expect(open).not.toHaveBeenCalled()
  })

  it('asks one question at a time and answers the rest "busy"', async () => {
    let answer: (yes: boolean) => void = () => undefined
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)))
    const open = vi.fn(async () => undefined)
    const opener = createExternalOpener({ confirm, open })
    const first = opener('https://example.org/one')
    expect(await opener('https://example.org/two')).toBe('busy')
    answer(true)
    expect(await first).toBe('opened')
    expect(confirm).toHaveBeenCalledOnce()
    expect(open).toHaveBeenCalledExactlyOnceWith('https://example.org/one')
    // Once answered, the next link may ask again.
    const third = opener('https://example.org/three')
    answer(false)
    expect(await third).toBe('declined')
  })

  it('lets through nothing, or an address the policy accepts and that round-trips (property)', async () => {
    // Mostly well-formed mail links (so the accepting path is well exercised), some not.
    const param = fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('subject', 'body', 'Subject', 'BODY') },
        { weight: 1, arbitrary: fc.constantFrom('attach', 'cc', 'bcc', 'to', '') },
      ),
      fc.oneof(fc.string(), fc.string({ unit: 'binary' }).map(encodeURIComponent)),
    )
    const address = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.stringMatching(/^[a-z0-9._+-]{1,10}@[a-z0-9-]{1,8}\.[a-z]{2,4}$/),
      },
      { weight: 1, arbitrary: fc.emailAddress() },
      { weight: 1, arbitrary: fc.string() },
    )
    const mailto = fc
      .tuple(address, fc.array(param, { maxLength: 3 }), fc.constantFrom('', '', '', '#x'))
      .map(
        ([address, params, hash]) =>
          `mailto:${address}${params.length ? '?' : ''}${params.map(([k, v]) => `${k}=${v}`).join('&')}${hash}`,
      )
    const prefixed = fc
      .tuple(
        fc.constantFrom('https://', 'HTTPS://', 'https:', 'mailto:', 'https://a.b/', 'https://a@'),
        fc.string({ unit: 'binary' }),
      )
      .map(([prefix, rest]) => prefix + rest)
    const input = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl({
        validSchemes: ['https'],
        authoritySettings: { withUserInfo: true, withPort: true },
      }),
      mailto,
      prefixed,
    )
    const open = vi.fn(async (_href: string) => undefined)
    const opener = createExternalOpener({ confirm: async () => true, open })
    await fc.assert(
      fc.asyncProperty(input, async (url) => {
        open.mockClear()
        const outcome = await opener(url)
        expect(open.mock.calls.length).toBe(outcome === 'opened' ? 1 : 0)
        for (const [href] of open.mock.calls) {
          expect(parseExternalLink(href)?.href).toBe(href)
          expect(new URL(href).href).toBe(href)
          const parsed = new URL(href)
          if (parsed.protocol === 'mailto:') {
            expect(
              [...new URLSearchParams(parsed.search).keys()].every(
                (k) => k === 'subject' || k === 'body',
              ),
            ).toBe(true)
          } else {
            expect(parsed.protocol).toBe('https:')
            expect(parsed.username + parsed.password).toBe('')
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
