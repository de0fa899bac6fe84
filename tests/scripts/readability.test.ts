import fc from 'fast-check'
import readability from 'text-readability'
import { describe, expect, it } from 'vitest'
import { createReadabilityMeter } from '../../build/readability'

// Words that exercise syllable counting and its text clean-up: accents (composed and not),
// ligatures, capitals, apostrophes, hyphens, digits, plurals, words the library lists as
// problematic, Greek (final sigma lowers by context), and sentence ends before capitals.
const word = fc.constantFrom(
  'cramp',
  'Cramps',
  'pelvic',
  'floor',
  'physiotherapist',
  'ovaries',
  'dysmenorrhoea',
  'café',
  'cafe\u0301',
  'Æsthetic',
  'naïve',
  'ΟΔΥΣΣΕΥΣ',
  "don't",
  'it’s',
  'co-ordinate',
  '2',
  '10mg',
  'people',
  'business',
  'the',
  'I',
  'a',
  'fasciculations',
  'ﬁbroid',
)
const separator = fc.constantFrom(
  ' ',
  '  ',
  '. ',
  '? ',
  '! ',
  ', ',
  '\n',
  '\r\n',
  '\t',
  ' - ',
  '" ',
  '',
)
const prose = fc
  .array(fc.tuple(word, separator), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))
const text = fc.oneof(
  { weight: 5, arbitrary: prose },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
)

describe('the readability meter', () => {
  it('gives the grade and word count of text-readability itself, for any texts in turn', () => {
    // One meter for every text, as in a build: words remembered from earlier texts must not
    // change a later text's grade.
    const measure = createReadabilityMeter()
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const t of texts)
          expect(measure(t)).toEqual({
            grade: readability.fleschKincaidGrade(t),
            words: readability.lexiconCount(t),
          })
      }),
      { numRuns: 400 },
    )
  })
})
