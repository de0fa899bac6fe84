import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkTextRefs, splitTexts, TextFileError } from '@shared/search/text-files'

describe('splitting texts into files', () => {
  it('keeps every text once, in order, each file within its size unless one text is larger', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 300 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 800 }),
        (texts, size) => {
          const files = splitTexts(texts, size)
          expect(files.flatMap((f) => f.texts)).toEqual(texts)
          let next = 0
          for (const file of files) {
            expect(file.first).toBe(next)
            expect(file.texts.length).toBeGreaterThan(0)
            const chars = file.texts.reduce((n, t) => n + t.length, 0)
            if (file.texts.length > 1) expect(chars).toBeLessThanOrEqual(size)
            next += file.texts.length
          }
          // The list the index ships is accepted for exactly these documents.
          const refs = files.map((f, i) => ({
            first: f.first,
            count: f.texts.length,
            file: `t-${i}.json`,
          }))
          expect(() => checkTextRefs(refs, texts.length)).not.toThrow()
          if (texts.length)
            expect(() => checkTextRefs(refs, texts.length + 1)).toThrow(TextFileError)
        },
      ),
    )
  })
})
