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
  positions: Position[]
}

/**
 * Shaping (OpenType lookups) is most of the cost of a warm handout, and pdfkit's own cache lasts
 * one document. This keeps shaped words across documents, by font style: the same words recur in
 * every handout. It stores glyph ids and metrics only, never fontkit's glyph objects, and gives
 * each glyph the character it was shaped from, so the PDF's text layer stays exact. Words that do
 * not shape one glyph per character (ligatures, combining marks) are not cached.
 */
export class ShapingCache {
  private readonly words = new Map<string, Map<string, ShapedWord | null>>()

  constructor(private readonly limit = 20_000) {}

  /** Routes `font.layout` for plain (feature-less) calls through the cache. */
  attach(font: fontkit.Font, style: string): void {
    const target = font as unknown as { layout: Layout }
    const shape = target.layout.bind(font)
    const words = this.words.get(style) ?? new Map<string, ShapedWord | null>()
    this.words.set(style, words)
    target.layout = (text, features, ...rest) => {
      if (features !== undefined || rest.length) return shape(text, features, ...rest)
      let word = words.get(text)
      if (word === undefined) {
        const run = shape(text)
        const chars = Array.from(text)
        word =
          run.glyphs.length === chars.length
            ? {
                ids: run.glyphs.map((g) => g.id),
                advances: run.glyphs.map((g) => g.advanceWidth),
                positions: run.positions.map((p) => ({ ...p })),
              }
            : null
        if (words.size >= this.limit) words.delete(words.keys().next().value!)
        words.set(text, word)
        if (!word) return run
      }
      if (!word) return shape(text)
      const chars = Array.from(text)
      const positions = word.positions.map((p) => ({ ...p }))
      return {
        glyphs: word.ids.map((id, i) => ({
          id,
          advanceWidth: word!.advances[i]!,
          codePoints: [chars[i]!.codePointAt(0)!],
        })),
        positions,
        get advanceWidth() {
          return positions.reduce((sum, p) => sum + p.xAdvance, 0)
        },
      }
    }
  }
}
