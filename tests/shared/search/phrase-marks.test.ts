import { describe, expect, it } from 'vitest'
import { phraseMarks } from '@shared/search/phrase-marks'
import type { PhraseMatch } from '@shared/search/phrases'
import type { MatchFinder, Span } from '@shared/search/snippet'

const STOP = new Set(['of', 'the', 'a'])
const processTerm = (word: string): string | null =>
  STOP.has(word.toLowerCase()) ? null : word.toLowerCase()

/** A finder that marks every word whose term is one of `terms`, as the real one does. */
const finderOf =
  (terms: string[]): MatchFinder =>
  (text) => {
    const spans: Span[] = []
    for (const found of text.matchAll(/[\p{L}']+/gu))
      if (terms.includes(processTerm(found[0]) ?? ''))
        spans.push({ start: found.index, end: found.index + found[0].length, word: found[0] })
    return spans
  }

const part = (words: string[], alternatives: string[] = []): PhraseMatch => ({
  words,
  alternatives,
  targets: [],
  meanings: [],
})
const words = (find: MatchFinder, text: string) => find(text).map((s) => s.word)
/** Every word is common here, except those named rare. */
const RARE = new Set(['torsion', 'ovarian'])
const common = (term: string): boolean => !RARE.has(term)

describe('phraseMarks', () => {
  const pid = [part(['PID'], ['pelvic inflammatory disease'])]
  const terms = ['pid', 'pelvic', 'inflammatory', 'disease']

  it('keeps the words of a meaning only where two or more of them are written in order', () => {
    const find = phraseMarks(pid, processTerm, common)(finderOf(terms))
    expect(words(find, 'Pelvic pain; pelvic inflammatory disease (PID) is treated.')).toEqual([
      'pelvic',
      'inflammatory',
      'disease',
      'PID',
    ])
    expect(words(find, 'an inflammatory disease of the pelvis')).toEqual([
      'inflammatory',
      'disease',
    ])
    expect(words(find, 'disease inflammatory pelvic')).toEqual([])
    expect(words(find, 'pelvic floor disease')).toEqual([])
  })

  it('lets words the index leaves out sit inside a meaning, but not other words', () => {
    const parts = [part(['IOP'], ['inflammation of pelvis'])]
    const find = phraseMarks(parts, processTerm, common)(finderOf(['inflammation', 'pelvis']))
    expect(words(find, 'inflammation of the pelvis')).toEqual(['inflammation', 'pelvis'])
    expect(words(find, 'inflammation near the pelvis')).toEqual([])
  })

  it('marks a rarer word of a meaning on its own', () => {
    const twisted = [part(['twisted', 'ovary'], ['ovarian torsion'])]
    const find = phraseMarks(twisted, processTerm, common)(finderOf(['ovarian', 'torsion']))
    expect(words(find, 'ovarian cyst rupture or torsion')).toEqual(['ovarian', 'torsion'])
  })

  it('marks typed words, words they begin, and one-word meanings anywhere', () => {
    const begun = [part(['pelv']), ...pid]
    const find = phraseMarks(begun, processTerm, common)(finderOf(terms))
    expect(words(find, 'a tender pelvic floor')).toEqual(['pelvic'])
    const coil = phraseMarks(
      [part(['coil'], ['IUD'])],
      processTerm,
      common,
    )(finderOf(['coil', 'iud']))
    expect(words(coil, 'an IUD, or coil')).toEqual(['IUD', 'coil'])
    // Nothing to narrow: the finder is used as it is.
    const plain = finderOf(['pelvic'])
    expect(phraseMarks([part(['pelvic'])], processTerm, common)(plain)).toBe(plain)
  })
})
