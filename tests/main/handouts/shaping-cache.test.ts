import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import * as fontkit from 'fontkit'
import { ShapingCache } from '../../../src/main/handouts/shaping-cache'

const FONT = readFileSync(join('resources', 'fonts', 'NotoSans-Regular.ttf'))

type Run = {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[]
  positions: { xAdvance: number }[]
  advanceWidth: number
}
type Layout = (text: string, features?: unknown) => Run

/** A fresh font with the cache attached, and a count of the real shaping calls under it. */
function cachedFont(cache: ShapingCache) {
  const font = fontkit.create(FONT) as fontkit.Font
  const target = font as unknown as { layout: Layout }
  const shape = vi.spyOn(target, 'layout')
  cache.attach(font, 'regular')
  return { layout: (text: string) => target.layout(text), shape }
}

/** What pdfkit reads from a run: glyph ids, widths, characters and positions. */
const read = (run: Run) => ({
  ids: run.glyphs.map((g) => g.id),
  widths: run.glyphs.map((g) => g.advanceWidth),
  codePoints: run.glyphs.map((g) => g.codePoints),
  advances: run.positions.map((p) => p.xAdvance),
  advanceWidth: run.advanceWidth,
})

describe('shaped words kept across documents', () => {
  it.each(['difficult', 'office', 'flow', 'pelvic'])(
    'gives "%s" as fontkit shapes it, and shapes it once for every document',
    (word) => {
      const fresh = (fontkit.create(FONT) as unknown as { layout: Layout }).layout(word)
      const cache = new ShapingCache()
      const first = cachedFont(cache)
      const second = cachedFont(cache)
      expect(read(first.layout(word))).toEqual(read(fresh))
      expect(read(second.layout(word))).toEqual(read(fresh))
      expect(read(second.layout(word))).toEqual(read(fresh))
      expect(first.shape.mock.calls.length + second.shape.mock.calls.length).toBe(1)
    },
  )

  it('keeps a ligature’s characters, so the text layer reads the word (not "dicult")', () => {
    const cache = new ShapingCache()
    cachedFont(cache).layout('difficult')
    const run = cachedFont(cache).layout('difficult')
    expect(run.glyphs.length).toBeLessThan('difficult'.length)
    expect(String.fromCodePoint(...run.glyphs.flatMap((g) => g.codePoints))).toBe('difficult')
  })

  it('hands out copies: pdfkit changing a run does not change the next one', () => {
    const cache = new ShapingCache()
    cachedFont(cache).layout('pelvic')
    const font = cachedFont(cache)
    const run = font.layout('pelvic')
    run.glyphs[0]!.codePoints.push(0)
    run.positions[0]!.xAdvance = 0
    expect(read(font.layout('pelvic'))).toEqual(
      read((fontkit.create(FONT) as unknown as { layout: Layout }).layout('pelvic')),
    )
  })
})
