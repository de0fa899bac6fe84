import type * as fontkit from 'fontkit'

interface Position {
  xAdvance: number
  [key: string]: number
}

interface Run {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[]
  positions: Position[]
}

type Layout = (text: string, features?: unknown, ...rest: unknown[]) => Run

interface ShapedWord {
  ids: number[]
  advances: number[]
  /** Each glyph's characters: one, or several for a ligature ("fi" in "difficult"). */
  codePoints: number[][]
  positions: Position[]
}

/**
 * Shaping (OpenType lookups) is most of the cost of a warm handout, and pdfkit's own cache lasts
 * one document. This keeps shaped words across documents, by font style: the same words recur in
 * every handout. It stores glyph ids, metrics and each glyph's characters, never fontkit's glyph
 * objects, so the PDF's text layer stays exact: a ligature ("fi" in "difficult") keeps both of
 * its characters. Until 7 December words with ligatures were shaped again in every handout,
 * about a sixth of a warm handout's time.
 */
export class ShapingCache {
  private readonly words = new Map<string, Map<string, ShapedWord>>()

  constructor(private readonly limit = 20_000) {}

  /** Routes `font.layout` for plain (feature-less) calls through the cache. */
  attach(font: fontkit.Font, style: string): void {
    const target = font as unknown as { layout: Layout }
    const shape = target.layout.bind(font)
    const words = this.words.get(style) ?? new Map<string, ShapedWord>()
    this.words.set(style, words)
    target.layout = (text, features, ...rest) => {
      if (features !== undefined || rest.length) return shape(text, features, ...rest)
      let word = words.get(text)
      if (word === undefined) {
        const run = shape(text)
        word = {
          ids: run.glyphs.map((g) => g.id),
          advances: run.glyphs.map((g) => g.advanceWidth),
          codePoints: run.glyphs.map((g) => [...g.codePoints]),
          positions: run.positions.map((p) => ({ ...p })),
        }
        if (words.size >= this.limit) words.delete(words.keys().next().value!)
        words.set(text, word)
        return run
      }
      const shaped = word
      const positions = shaped.positions.map((p) => ({ ...p }))
      return {
        glyphs: shaped.ids.map((id, i) => ({
          id,
          advanceWidth: shaped.advances[i]!,
          codePoints: [...shaped.codePoints[i]!],
        })),
        positions,
        get advanceWidth() {
          return positions.reduce((sum, p) => sum + p.xAdvance, 0)
        },
      }
    }
  }
}
