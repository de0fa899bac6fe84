import type * as fontkit from 'fontkit'

/** Characters (one per code point) in `texts` that `faces` cannot all draw. */
export function undrawableCharacters(
  texts: readonly string[],
  faces: readonly fontkit.Font[],
): string[] {
  const missing = new Set<string>()
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0)!
      // Line breaks are layout, not glyphs; every other character, spaces included, is drawn
      // and so must be in the font (an ideographic space would print as an empty box).
      if (char === '\n' || char === '\r') continue
      if (!faces.every((face) => face.hasGlyphForCodePoint(code))) missing.add(char)
    }
  }
  return [...missing]
}

/** "😀 (U+1F600), 中 (U+4E2D)" for an error message. */
export function describeCharacters(chars: readonly string[], limit = 8): string {
  const shown = chars
    .slice(0, limit)
    .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`)
  return chars.length > limit
    ? `${shown.join(', ')} and ${chars.length - limit} more`
    : shown.join(', ')
}
