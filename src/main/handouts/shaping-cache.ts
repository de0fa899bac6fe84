import type * as fontkit from 'fontkit'

interface Position {
  xAdvance: number
  [key: string]: number
}

interface GlyphRunLike {
  glyphs: unknown[]
  positions: Position[]
}

type Layout = (text: string, features?: unknown, ...rest: unknown[]) => GlyphRunLike

/**
 * Shaping (OpenType lookups) is most of the cost of a warm handout, and pdfkit's own cache lives
 * only as long as one document. This keeps shaped words across documents: the same words recur
 * in every handout. pdfkit scales the positions it gets in place, so each call returns fresh
 * position objects; glyphs are shared read-only.
 */
export function cacheShaping(face: fontkit.Font, limit = 50_000): void {
  const target = face as unknown as { layout: Layout }
  const shape = target.layout.bind(face)
  const cache = new Map<string, GlyphRunLike>()
  target.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length) return shape(text, features, ...rest)
    let entry = cache.get(text)
    if (!entry) {
      const run = shape(text)
      entry = { glyphs: run.glyphs, positions: run.positions.map((p) => ({ ...p })) }
      if (cache.size >= limit) cache.delete(cache.keys().next().value!)
      cache.set(text, entry)
    }
    const positions = entry.positions.map((p) => ({ ...p }))
    return {
      glyphs: entry.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0)
      },
    }
  }
}
