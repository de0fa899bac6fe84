import readability from 'text-readability'
import type { ReadabilityMeter } from '../src/shared/content/context'

/** Flesch-Kincaid grade and word count, by the maintained `text-readability` library. */
export const measureReadability: ReadabilityMeter = (text) => ({
  grade: readability.fleschKincaidGrade(text),
  words: readability.lexiconCount(text),
})
