/** One letter, digit or combining mark (one code point): what words are made of in search. */
export const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u

/**
 * Whether the character at `at` in `text` is part of a word (a letter, digit or mark; false
 * outside the text). Snippets test characters around every match: ASCII, most of them, is
 * decided by its code, without a Unicode-class test.
 */
export function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false
  const code = text.charCodeAt(at)
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return WORD_CHARACTER.test(text[at]!)
}
