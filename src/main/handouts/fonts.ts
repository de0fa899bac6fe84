import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { HandoutError } from './errors'
import { ShapingCache } from './shaping-cache'
import { HeightCache } from './pdf/height-cache'

/** The TrueType files handouts are set in: Noto Sans covers Latin, Greek and Cyrillic. */
export const FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italic: 'NotoSans-Italic.ttf',
} as const

export type FontStyle = keyof typeof FONT_FILES

export interface HandoutFonts {
  files: Record<FontStyle, Buffer>
  /** Parsed fonts, to check before printing that every character has a glyph. */
  faces: Record<FontStyle, fontkit.Font>
  /**
   * Fresh font objects for one document. Each document needs its own: fontkit caches glyph
   * objects (with the characters they were first met for) per font object, and pdfkit builds
   * the PDF's text layer from them, so sharing one object across documents garbles copied and
   * read-aloud text. The decoded tables (the slow part) are shared, as fontkit itself does for
   * font variations.
   */
  forDocument(): Record<FontStyle, fontkit.Font>
  /** Text heights measured in these fonts, for every document set in them. */
  heights: HeightCache
}

const damaged = (name: string): HandoutError =>
  new HandoutError(
    'font-invalid',
    `The handout font (${name}) is damaged or missing, so no PDF was made. Reinstall Postcoital Atlas to restore it.`,
  )

function parse(buffer: Buffer, name: string): fontkit.Font {
  try {
    const font = fontkit.create(buffer)
    const face = 'fonts' in font ? font.fonts[0] : font
    if (!face || typeof face.hasGlyphForCodePoint !== 'function') throw new Error('no font face')
    // Touch what printing needs, so a truncated or corrupt file fails here, not mid-document:
    // the character map, metrics, a glyph outline and the layout tables.
    face.hasGlyphForCodePoint(0x41)
    const layout = (
      face as unknown as { layout(text: string): { glyphs: { path: unknown }[] } }
    ).layout('Aéß1')
    for (const glyph of layout.glyphs) void glyph.path
    const subset = (
      face as unknown as {
        createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array }
      }
    ).createSubset()
    subset.includeGlyph(0)
    subset.encode()
    return face
  } catch {
    throw damaged(name)
  }
}

/** Reads and checks the handout fonts from `dir` (resources/fonts). */
export async function loadHandoutFonts(dir: string): Promise<HandoutFonts> {
  const entries = await Promise.all(
    (Object.entries(FONT_FILES) as [FontStyle, string][]).map(async ([style, name]) => {
      let buffer: Buffer
      try {
        buffer = await readFile(join(dir, name))
      } catch {
        throw damaged(name)
      }
      return [style, buffer, parse(buffer, name)] as const
    }),
  )
  const files = Object.fromEntries(
    entries.map(([style, buffer]) => [style, buffer]),
  ) as HandoutFonts['files']
  const faces = Object.fromEntries(
    entries.map(([style, , face]) => [style, face]),
  ) as HandoutFonts['faces']
  const shaping = new ShapingCache()
  return {
    files,
    faces,
    heights: new HeightCache(),
    forDocument() {
      const fresh = {} as Record<FontStyle, fontkit.Font>
      for (const style of Object.keys(FONT_FILES) as FontStyle[]) {
        const font = fontkit.create(files[style]) as fontkit.Font
        ;(font as unknown as { _tables: unknown })._tables = (
          faces[style] as unknown as { _tables: unknown }
        )._tables
        shaping.attach(font, style)
        fresh[style] = font
      }
      return fresh
    },
  }
}
