import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText } from '../../../src/shared/text/clean-text'

/** The rules written out once more, step by step, as the oracle for the fast path. */
function reference(value: string, keepNewlines = false): string {
  return (
    value
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- the control characters are what is removed
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\t\v\f\r\u0085]/g, ' ')
      .replace(keepNewlines ? /(?!)/g : /\n/g, ' ')
      .replace(/ {2,}/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim()
  )
}

const tricky = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u009f',
  '\u200e',
  '\u202e',
  '\u2066',
  'e\u0301',
  '\u00e9',
  'a',
  'Z',
  '~',
  '020 7946 0000',
)
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom(...' abc-.,:;()') }),
)

describe('cleanText', () => {
  it('tidies plain text and removes what could upset a layout', () => {
    expect(cleanText('  Cramps   after sex  ')).toBe('Cramps after sex')
    expect(cleanText('a\tb\u0000c')).toBe('a bc')
    expect(cleanText('020\u202e 7946')).toBe('020 7946')
    expect(cleanText('line\nnext')).toBe('line next')
    expect(cleanText('line \n next', true)).toBe('line\nnext')
    expect(cleanText('e\u0301')).toBe('\u00e9')
  })

  it('gives what the rules give for any text, with and without newlines kept', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (value, keep) => {
        expect(cleanText(value, keep)).toBe(reference(value, keep))
      }),
      { numRuns: 3000 },
    )
  })
})
