// fontkit ships no types; the handout service only checks glyph coverage before printing.
declare module 'fontkit' {
  export interface Font {
    familyName: string
    hasGlyphForCodePoint(codePoint: number): boolean
  }
  export function create(buffer: Uint8Array): Font | { fonts: Font[] }
}
