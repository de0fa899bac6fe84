import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { HandoutError } from './errors'
import { cacheShaping } from './shaping-cache'

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
}

function parse(buffer: Buffer, name: string): fontkit.Font {
  try {
    const font = fontkit.create(buffer)
    const face = 'fonts' in font ? font.fonts[0] : font
    if (!face || typeof face.hasGlyphForCodePoint !== 'function') throw new Error('no font face')
    face.hasGlyphForCodePoint(0x41)
    return face
  } catch {
    throw new HandoutError(
      'font-invalid',
      `The handout font (${name}) is damaged or missing, so no PDF was made. Reinstall Postcoital Atlas to restore it.`,
    )
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
        throw new HandoutError(
          'font-invalid',
          `The handout font (${name}) is missing, so no PDF was made. Reinstall Postcoital Atlas to restore it.`,
        )
      }
      const face = parse(buffer, name)
      cacheShaping(face)
      return [style, buffer, face] as const
    }),
  )
  return {
    files: Object.fromEntries(
      entries.map(([style, buffer]) => [style, buffer]),
    ) as HandoutFonts['files'],
    faces: Object.fromEntries(
      entries.map(([style, , face]) => [style, face]),
    ) as HandoutFonts['faces'],
  }
}
