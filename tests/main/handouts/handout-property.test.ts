import fc from 'fast-check'
import { getDocumentProxy } from 'unpdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { HandoutError } from '../../../src/main/handouts/errors'
import { handoutService, notdefGlyphsDrawn } from './pdf-helpers'

// The bound for each run is the service's own timeout (it gives up with a 'timeout' refusal,
// which fails the property below); no test measures time.
// Generous: the limit guards against a hang (export-handout.test.ts tests it), not speed.
const service = handoutService({ timeoutMs: 60_000 })

/** Latin-1 and Latin Extended-A/B without control characters, plus spaces and newlines. */
const latinChar = fc
  .oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 4, arbitrary: fc.integer({ min: 0xa0, max: 0x24f }) },
    { weight: 2, arbitrary: fc.constantFrom(0x20, 0x0a) },
  )
  .map((code) => String.fromCodePoint(code))

/** Up to the schema's limit, with lengths spread over the whole range (not mostly short). */
const text = (maxLength: number) => fc.string({ unit: latinChar, maxLength, size: 'max' })

/** A web address as the settings accept it: a host, then a path of any Latin letters. */
const website = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,40}\.[a-z]{2,6}$/),
    fc.string({ unit: latinChar.filter((c) => !/\s/.test(c)), maxLength: 40 }),
  )
  .map(([host, path]) => `${host}/${path}`)

const options = fc.record({
  clinic: fc.record({
    name: text(120),
    phone: text(40),
    website: fc.oneof(fc.constant(''), website),
  }),
  note: text(1000),
  largePrint: fc.boolean(),
  paper: fc.constantFrom('a4' as const, 'letter' as const),
})

beforeAll(async () => {
  await service.generateHandout('cramps-after-sex')
})

describe('handout PDF for any Latin clinic text', () => {
  it('is always a whole PDF that opens, or a clean refusal', async () => {
    await fc.assert(
      fc.asyncProperty(options, async (input) => {
        let result
        try {
          result = await service.generateHandout('cramps-after-sex', input)
        } catch (error) {
          // A refusal must be one the app can show; a timeout would mean the bound was hit.
          expect(error).toBeInstanceOf(HandoutError)
          expect((error as HandoutError).code).not.toMatch(/timeout|internal/)
          return
        }
        const { bytes, pages } = result
        const text = Buffer.from(bytes).toString('latin1')
        expect(text.startsWith('%PDF-')).toBe(true)
        expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
        const pdf = await getDocumentProxy(new Uint8Array(bytes))
        expect(pdf.numPages).toBe(pages)
        // Every character in these ranges is in Noto Sans: nothing prints as a missing glyph.
        expect(notdefGlyphsDrawn(bytes)).toBe(0)
        expect((await pdf.getPage(pages)).view).toHaveLength(4)
      }),
      { numRuns: 25 },
    )
    // 25 whole PDFs take a few seconds on two busy cores: vitest's 5 s default is not the bound.
  }, 60_000)
})
