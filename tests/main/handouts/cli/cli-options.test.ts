import { describe, expect, it } from 'vitest'
import { parseHandoutArgs } from '../../../../src/main/handouts/cli/cli-options'

const CWD = '/home/gp/clinic'
const refusal = (argv: string[]): string => {
  const parsed = parseHandoutArgs(argv, CWD)
  if (parsed.ok) throw new Error(`accepted ${argv.join(' ')}`)
  return parsed.message
}

describe('handouts command line: options', () => {
  it('writes into the folder the command was run from, and resolves a relative --out there', () => {
    const plain = parseHandoutArgs([], CWD)
    const relative = parseHandoutArgs(['--out', 'leaflets'], CWD)
    const absolute = parseHandoutArgs(['--out', '/tmp/x'], CWD)
    expect(plain.ok && plain.request.outDir).toBe(CWD)
    expect(relative.ok && relative.request.outDir).toBe('/home/gp/clinic/leaflets')
    expect(absolute.ok && absolute.request.outDir).toBe('/tmp/x')
  })

  it('turns every option into handout options, languages and email included', () => {
    const parsed = parseHandoutArgs(
      [
        '--topic',
        'a',
        '--topic',
        'b',
        '--paper',
        'letter',
        '--large-print',
        '--clinic',
        'Clinig Glan yr Afon',
        '--clinic-lang',
        'cy',
        '--email',
        'clinic@riverside.example.org',
        '--note',
        'Rappelez-nous.',
        '--note-lang',
        'fr',
      ],
      CWD,
    )
    expect(parsed.ok && parsed.request).toMatchObject({
      topics: ['a', 'b'],
      options: {
        paper: 'letter',
        largePrint: true,
        clinic: { name: 'Clinig Glan yr Afon', lang: 'cy', email: 'clinic@riverside.example.org' },
        note: 'Rappelez-nous.',
        noteLang: 'fr',
      },
    })
  })

  it.each([
    ['--clinic', 'x'.repeat(121), /^--clinic is 121 characters long; it can be at most 120\./],
    ['--phone', '0'.repeat(41), /^--phone is 41 characters long; it can be at most 40\./],
    ['--note', 'n'.repeat(1001), /^--note is 1001 characters long; it can be at most 1000\./],
    // Far over the limit: still the count typed and the real limit, not an internal bound.
    ['--note', 'n'.repeat(5000), /^--note is 5000 characters long; it can be at most 1000\./],
  ])('names %s, the count typed and the limit when text is too long', (flag, value, message) => {
    expect(refusal([flag, value])).toMatch(message)
  })

  it.each([
    [['--website', 'javascript:alert(1)'], /^--website: Enter the website as an address such as/],
    [['--email', 'a@b.org?cc=c@d.org'], /^--email: Enter one email address/],
    [['--paper', 'a5'], /^--paper must be a4 or letter; you typed "a5"\.$/],
    [['--note-lang', 'ar'], /^--note-lang must be one of en, cy, .*; you typed "ar"\.$/],
    [['--clinic-lang', 'english'], /^--clinic-lang must be one of en, cy, /],
    [['--colour', 'red'], /^Unknown option '--colour'.*\nUsage: npm run handouts/],
  ])('refuses %j in the terms typed, with one full stop', (argv, message) => {
    const text = refusal(argv)
    expect(text).toMatch(message)
    expect(text.split('\n')[0]).not.toMatch(/\.\.|positional/)
    expect(text).not.toMatch(/clinic\.name|noteLang|too big|expected string/i)
  })
})
