/**
 * How text becomes search terms, identically when the index is built (at build time, in Node)
 * and when it is queried (in the renderer): the index stores processed terms, so the two sides
 * must agree exactly or nothing matches.
 */
import { WORD_CHARACTER } from './word-char'

/** A word of text with where it sits, so matches can be highlighted in the original. */
export interface Token {
  word: string
  start: number
  end: number
}

// Letters, digits and combining marks; anything else (spaces, hyphens, slashes, apostrophes)
// separates words, so "CP/CPPS" is "CP" "CPPS" and "β-endorphin" is "β" "endorphin".
const WORD = /[\p{L}\p{N}\p{M}]+/gu

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/**
 * The words `tokenize` finds, without their places: what the index is built from. A scan over a
 * table of code units rather than the regular expression, which gives the same words (the
 * property in tests/shared/search/terms.test.ts) 2–3× faster: a 500-topic library's index is
 * built from 47 MB of text.
 */
export function words(text: string): string[] {
  const isWordUnit = (wordUnits ??= wordUnitTable())
  const found: string[] = []
  let start = -1
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at)
    let inWord = isWordUnit[unit] === 1
    const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0
    // A character outside the Basic Multilingual Plane is two units: tested as one.
    const pair = unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
    if (pair) inWord = WORD_CHARACTER.test(text.slice(at, at + 2))
    if (inWord && start < 0) start = at
    else if (!inWord && start >= 0) {
      found.push(text.slice(start, at))
      start = -1
    }
    if (pair) at++
  }
  if (start >= 0) found.push(text.slice(start))
  return found
}

/** By UTF-16 code unit: 1 for a letter, digit or mark on its own; built when first needed. */
let wordUnits: Uint8Array | undefined

function wordUnitTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let unit = 0; unit < 0x10000; unit++) {
    const surrogate = unit >= 0xd800 && unit <= 0xdfff
    if (!surrogate && WORD_CHARACTER.test(String.fromCharCode(unit))) table[unit] = 1
  }
  return table
}

/** Words too common to tell one page from another. Never a word that is also an abbreviation
 * a clinician types (us, me, ms, am, it…): those stay searchable. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in ' +
    'into is its my no not of on or our so than that the their them then there these they this ' +
    'those to was we were what when where which while why will with would you your after during'
  ).split(' '),
)

const GREEK: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  κ: 'kappa',
  μ: 'mu',
}

/** Folds a word to the form both sides compare: no accents, lower case, Greek letters spelled. */
export function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[αβγδκμ]/g, (letter) => GREEK[letter]!)
    .replace(/ß/g, 'ss')
}

/**
 * Plural to singular, roughly: "cramps" and "cramp", "ovaries" and "ovary" meet. Applied to
 * both sides, so an odd stem ("diabete") never matters; it must be idempotent because stored
 * terms may be processed again.
 */
function singular(word: string): string {
  if (word.length >= 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length >= 4 && /[^su]s$/.test(word) && !word.endsWith('is')) return word.slice(0, -1)
  return word
}

/**
 * The term processor: null drops a word from the index and from queries. `spellings` maps a
 * variant (US) spelling to the one the content uses (from synonyms.yaml), so "hemorrhage"
 * finds "haemorrhage".
 */
export function createTermProcessor(
  spellings: Readonly<Record<string, string>> = {},
): (word: string) => string | null {
  return (word) => {
    const folded = fold(word)
    if (STOP_WORDS.has(folded)) return null
    // One letter is noise ("Peyronie's" leaves an "s"); one digit may matter ("type 2").
    if (folded.length < 2 && !/\d/.test(folded)) return null
    const base = singular(folded)
    return singular(spellings[base] ?? base)
  }
}

/** The form a spelling variant must be written in to ever match: folded and singular. */
export function baseForm(word: string): string {
  return singular(fold(word))
}

/** The processed terms of a text, in order, without the dropped ones. */
export function termsOf(text: string, processTerm: (word: string) => string | null): string[] {
  return tokenize(text).flatMap((token) => {
    const term = processTerm(token.word)
    return term ? [term] : []
  })
}

/** A text as one comparable key ("CP/CPPS" and "cp cpps" give the same key). */
export function phraseKey(text: string, processTerm: (word: string) => string | null): string {
  return termsOf(text, processTerm).join(' ')
}
