import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { collapseSpaces } from '@shared/text/collapse-spaces'

/** Every character JavaScript's `\s` matches, and some it does not. */
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2028',
  '\u3000',
  '\ufeff',
]
const OTHERS = ['a', 'Z', '.', '\u200b', '\u0085', '-']

describe('collapseSpaces', () => {
  it('makes every run of whitespace one space and trims the ends', () => {
    expect(collapseSpaces('  a \n\tb\u00a0 c  ')).toBe('a b c')
    expect(collapseSpaces('one\ntwo')).toBe('one two')
    expect(collapseSpaces('one two')).toBe('one two')
    expect(collapseSpaces('\r\n')).toBe('')
  })

  it('gives what `replace(/\\s+/g, " ").trim()` gives, for any mix of spaces and text', () => {
    const piece = fc.constantFrom(...SPACES, ...OTHERS)
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.string(), (pieces, tail) => {
        const text = pieces.join('') + tail
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' ').trim())
      }),
      { numRuns: 2000 },
    )
  })
})
