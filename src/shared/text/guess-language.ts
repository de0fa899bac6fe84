import { franc } from 'franc-min'
import { TEXT_LANGUAGES, type TextLanguageTag } from './languages'

const BY_ISO = new Map<string, TextLanguageTag>(TEXT_LANGUAGES.map((l) => [l.iso6393, l.tag]))
const ONLY = TEXT_LANGUAGES.map((l) => l.iso6393)

// Trigram guessing confuses the Cyrillic languages on a sentence or two, but a few letters
// settle it: ы, э and ё are Russian only, і, ї, є and ґ Ukrainian only.
const CYRILLIC = /\p{Script=Cyrillic}/u
const RUSSIAN_ONLY = /[ыэё]/iu
const UKRAINIAN_ONLY = /[іїєґ]/iu
// franc-min has no Welsh model (it reads Welsh as Portuguese); its commonest short words,
// several at once, are a reliable sign in a clinic note.
const WELSH_WORDS = new Set([
  'yn',
  'yr',
  'os',
  'eich',
  'chi',
  'ein',
  'gyda',
  'neu',
  'mae',
  'bydd',
  'wedi',
  'ôl',
  'ydych',
  'gallwch',
])

/**
 * A hint, never a decision: the language a note seems to be written in, among those the
 * handout can print, or `undefined` when the text is too short or the guess is not one of them.
 * The clinician confirms it; a wrong /Lang would be read aloud in the wrong voice.
 */
export function guessLanguage(text: string): TextLanguageTag | undefined {
  const letters = text.replace(/[^\p{L}\s]/gu, ' ').trim()
  const words = letters.toLowerCase().split(/\s+/)
  // Below about five words a trigram guess is noise (two Spanish words look Portuguese).
  if (words.length < 5) return undefined
  if (CYRILLIC.test(letters)) {
    if (UKRAINIAN_ONLY.test(letters)) return 'uk'
    if (RUSSIAN_ONLY.test(letters)) return 'ru'
  }
  if (words.filter((word) => WELSH_WORDS.has(word)).length >= 3) return 'cy'
  return BY_ISO.get(franc(letters, { only: ONLY, minLength: 20 }))
}
