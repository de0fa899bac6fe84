import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize, words } from '@shared/search/terms'

describe('words', () => {
  it('are the words tokenize finds, in order, for any text', () => {
    // Any code points, lone surrogates among them, and text like the content's.
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc
        .array(
          fc.constantFrom(
            'cramp',
            'CP/CPPS',
            'β-endorphin',
            'Peyronie’s',
            'café',
            'e\u0301',
            '𝛼',
            '😀',
            '𐐷x',
            ' ',
            '—',
            '2',
            '\uD800',
            '\uDC00',
          ),
          { maxLength: 12 },
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(text, (value) => {
        expect(words(value)).toEqual(tokenize(value).map((token) => token.word))
      }),
      { numRuns: 3000 },
    )
  })

  it('splits at anything but letters, digits and marks', () => {
    expect(words('CP/CPPS: β-endorphin, type 2 — café')).toEqual([
      'CP',
      'CPPS',
      'β',
      'endorphin',
      'type',
      '2',
      'café',
    ])
    expect(words('𐐷𐐷 and 😀 apart')).toEqual(['𐐷𐐷', 'and', 'apart'])
  })
})
