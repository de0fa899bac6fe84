import readability from 'text-readability'
import { syllable } from 'syllable'
import type { ReadabilityMeter } from '../src/shared/content/context'

/**
 * Syllables of a text as `syllable` counts them, word by word with each distinct word counted
 * once: a library of 500 handouts repeats the same words, and counting was most of the
 * measure's time. The library splits the text at word boundaries after mapping accented
 * letters one by one, so the sum over its pieces between spaces and line breaks (which that
 * mapping leaves alone) is the same sum.
 */
function syllables(text: string, known: Map<string, number>): number {
  let sum = 0
  for (const piece of text.split(/[ \n\r\t]+/)) {
    let count = known.get(piece)
    if (count === undefined) known.set(piece, (count = syllable(piece)))
    sum += count
  }
  return sum
}

/** text-readability's rounding (half away from zero, to `points` decimals), NaN and all. */
function legacyRound(value: number, points: number): number {
  const p = 10 ** points
  const half = value === 0 ? 0 : 0.5 * (value / Math.abs(value))
  return Math.floor(value * p + half) / p
}

/**
 * Flesch-Kincaid grade and word count, by the maintained `text-readability` library, with its
 * syllable count (`syllable`, as the library calls it) remembered per word. Equal to
 * `readability.fleschKincaidGrade` for any text (tests/scripts/readability.test.ts).
 */
export function createReadabilityMeter(): ReadabilityMeter {
  const known = new Map<string, number>()
  return (text) => {
    const words = readability.lexiconCount(text)
    const lowered = readability.removePunctuation(text.toLocaleLowerCase('en-US'))
    const perWord = legacyRound((lowered ? syllables(lowered, known) : 0) / words, 1)
    const sentenceLength = readability.averageSentenceLength(text)
    const syllablesPerWord = Number.isNaN(perWord) ? 0 : perWord
    const grade = legacyRound(0.39 * sentenceLength + 11.8 * syllablesPerWord - 15.59, 1)
    return { grade, words }
  }
}

/** The meter the build and `content:check` use. */
export const measureReadability: ReadabilityMeter = createReadabilityMeter()
