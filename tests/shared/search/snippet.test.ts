import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchFinder } from '@shared/search/match-finder'
import { snippet, type Segment } from '@shared/search/snippet'
import { createTermProcessor } from '@shared/search/terms'
import { isWordChar } from '@shared/search/word-char'

const processTerm = createTermProcessor()
const find = (...terms: string[]) => matchFinder(terms, processTerm)
const text = (segments: Segment[]) => segments.map((s) => s.text).join('')
const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text)

/** About `n` characters of filler without any of the tests' words, ending between words. */
function filler(n: number): string {
  const run = 'the quick brown fox jumps over a lazy dog '.repeat(Math.ceil(n / 42) + 1).slice(0, n)
  return run.slice(0, run.lastIndexOf(' ') + 1)
}

describe('isWordChar', () => {
  it('agrees with the Unicode letter, digit and mark classes at every index', () => {
    const WORD = /[\p{L}\p{N}\p{M}]/u
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 30 }),
        fc.integer({ min: -2, max: 32 }),
        (value, at) => {
          const expected = at >= 0 && at < value.length && WORD.test(value[at]!)
          expect(isWordChar(value, at)).toBe(expected)
        },
      ),
    )
  })

  it('counts accented letters and digits as word characters, punctuation not', () => {
    expect(['é', 'ß', '7', 'Z', '\u0301'].map((c) => isWordChar(c, 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
    expect(['-', ' ', '/', '’', '—'].map((c) => isWordChar(c, 0))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('matchFinder', () => {
  it('finds whole words by their processed form, not the middles of words', () => {
    const spans = find('cramp')('Cramps, cramping and a cramp; not scramp.')
    expect(spans.map((s) => s.word)).toEqual(['Cramps', 'cramp'])
  })

  it('with `within`, stops at matches that start that far past the first', () => {
    const value = `${filler(100)}cramp ${filler(100)}cramp ${filler(400)}cramp`
    const all = find('cramp')(value)
    expect(all).toHaveLength(3)
    const near = find('cramp')(value, 200)
    expect(near).toEqual(all.slice(0, 2))
  })
})

describe('snippet', () => {
  it('shows the densest run of matches in a text of ordinary length', () => {
    const value = `${filler(300)}cramp ${filler(300)}cramp after sex ${filler(300)}`
    const shown = snippet(value, find('cramp', 'sex'), 120)
    expect(marked(shown)).toEqual(['cramp', 'sex'])
    expect(text(shown)).toContain('cramp after sex')
  })

  it('reads a very long text only near its first match (a table grown by hundreds of rows)', () => {
    // A denser run 70,000 characters on would win if the whole text were read.
    const value = `${filler(500)}a cramp here ${filler(70_000)}cramp after sex, cramp ${filler(500)}`
    const shown = snippet(value, find('cramp', 'sex'), 120)
    expect(marked(shown)).toEqual(['cramp'])
    expect(text(shown)).toContain('a cramp here')
  })

  it('reads the whole of a text as long as a module section, for its densest run', () => {
    const value = `${filler(500)}a cramp here ${filler(23_000)}cramp after sex, cramp ${filler(500)}`
    const shown = snippet(value, find('cramp', 'sex'), 120)
    expect(marked(shown)).toEqual(['cramp', 'sex', 'cramp'])
  })

  it('still finds the first match of a very long text far from its start', () => {
    const value = `${filler(50_000)}pain after sex ${filler(500)}`
    const shown = snippet(value, find('sex'), 120)
    expect(marked(shown)).toEqual(['sex'])
    expect(text(shown).startsWith('… ')).toBe(true)
  })
})
