import { describe, expect, it } from 'vitest'
import { HandoutError } from '../../../src/main/handouts/errors'
import type { HandoutOptionsInput } from '../../../src/shared/ipc/handouts'
import {
  collapse,
  handoutService,
  notdefGlyphsDrawn,
  openPdf,
  squeeze,
  type OpenedPdf,
} from './pdf-helpers'

// A generous bound instead of a timed assertion: the service itself gives up with 'timeout'.
// Generous: the limit guards against a hang (export-handout.test.ts tests it), not speed.
const service = handoutService({ timeoutMs: 60_000 })
const TOPIC = 'cramps-after-sex'

/** The HandoutError `generateHandout` refuses with (fails the test if it makes a PDF). */
async function refusal(topic: string, options: unknown): Promise<HandoutError> {
  const error = await service.generateHandout(topic, options as HandoutOptionsInput).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(HandoutError)
  return error as HandoutError
}

/** The clinician's note as read: between its label and the "About this leaflet" line. */
function printedNote(pdf: OpenedPdf): string {
  return pdf.content.split('Note from your clinician')[1]!.split('About this leaflet')[0]!
}

describe('text the handout font cannot draw', () => {
  it.each([
    ['an emoji', 'Call us 😀', '😀 (U+1F600)'],
    ['Chinese', '请致电诊所', '请 (U+8BF7)'],
    ['Arabic', 'اتصل بنا', 'ا (U+0627)'],
    ['Hebrew', 'התקשרו אלינו', 'ה (U+05D4)'],
  ])('refuses %s in the note, naming the character and its code', async (_name, note, shown) => {
    const error = await refusal(TOPIC, { note })
    expect(error.code).toBe('font-cannot-draw')
    expect(error.message).toContain(shown)
    expect(error.message).toMatch(/Remove or replace these characters/)
  })

  it('names every character it cannot draw, once each, wherever it appears', async () => {
    const error = await refusal(TOPIC, {
      clinic: { name: 'Clinic 😀', phone: '☎ 0123', website: '' },
      note: 'ש and 中 and 😀 again',
    })
    expect(error.code).toBe('font-cannot-draw')
    for (const shown of ['😀 (U+1F600)', '☎ (U+260E)', 'ש (U+05E9)', '中 (U+4E2D)']) {
      expect(error.message).toContain(shown)
    }
    expect(error.message.match(/U\+1F600/g)).toHaveLength(1)
  })

  it('names only what it cannot draw, not the Latin letters beside it', async () => {
    const error = await refusal(TOPIC, {
      clinic: { name: 'Ærø Klinik — مرحبا', phone: '', website: '' },
    })
    expect(error.code).toBe('font-cannot-draw')
    expect(error.message).not.toMatch(/Æ|ø|—/)
  })

  // Regression (fixed; glyph-coverage.ts skips every /\s/ character as "layout"): whitespace the font does
  // not have, such as U+3000 IDEOGRAPHIC SPACE or U+1680 OGHAM SPACE MARK, is neither refused
  // nor replaced, and is printed as the font's missing-glyph box.
  it('never prints a missing-glyph box for whitespace the font lacks', async () => {
    const result = await service
      .generateHandout(TOPIC, { note: 'Call\u3000us\u1680today' })
      .catch((e: unknown) => e)
    if (result instanceof HandoutError) expect(result.code).toBe('font-cannot-draw')
    else expect(notdefGlyphsDrawn((result as { bytes: Uint8Array }).bytes)).toBe(0)
  })
})

describe('requests the service refuses', () => {
  it('refuses an unknown topic and lists the known ones', async () => {
    const error = await refusal('no-such-topic', {})
    expect(error.code).toBe('not-found')
    expect(error.message).toContain('"no-such-topic"')
    expect(error.message).toContain(TOPIC)
  })

  it.each([
    ['a note over 1000 characters', { note: 'a'.repeat(1001) }, /1000 characters/],
    ['an unknown paper size', { paper: 'a5' }, /a4|letter/],
    ['large print that is not a boolean', { largePrint: 'yes' }, /boolean/i],
    ['a clinic name over 120 characters', { clinic: { name: 'a'.repeat(121) } }, /120/],
    ['an option it does not know', { path: '/tmp/x.pdf' }, /path/],
  ])('refuses %s as an invalid request', async (_name, options, detail) => {
    const error = await refusal(TOPIC, options)
    expect(error.code).toBe('invalid-request')
    expect(error.message).toMatch(/^The handout options are not valid: /)
    expect(error.message).toMatch(detail)
  })

  // Regression (fixed; handout-service.ts adds a full stop after zod's message, which for the note limit
  // already ends with one): "…at most 1000 characters.." (the CLI prints the same).
  it('ends the note-limit message with a single full stop', async () => {
    const error = await refusal(TOPIC, { note: 'a'.repeat(1001) })
    expect(error.message).not.toMatch(/\.\.$/)
  })
})

describe('text the service accepts', () => {
  it('strips control characters instead of refusing them', async () => {
    const { bytes } = await service.generateHandout(TOPIC, {
      clinic: { name: 'River\u0000side\u0007 Clinic', phone: '020\u001b 7946', website: '' },
      note: 'Take\u0008 two\u007f tablets\u009b.\nThen rest.',
    })
    const pdf = await openPdf(bytes)
    expect(pdf.lines).toContain('Clinic: Riverside Clinic')
    expect(pdf.lines).toContain('Phone: 020 7946')
    expect(printedNote(pdf).trim().split('\n')).toEqual(['Take two tablets.', 'Then rest.'])
  })

  // U+202E RIGHT-TO-LEFT OVERRIDE and its kin reorder the characters after them wherever bidi
  // is applied (the preview, a screen reader, a PDF viewer's copy): none may reach the leaflet.
  it('strips bidi overrides and isolates from the clinic details and the note', async () => {
    const controls = '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'
    const { bytes } = await service.generateHandout(TOPIC, {
      clinic: { name: 'Riverside \u202eClinic', phone: '020 \u20667946\u2069 0000', website: '' },
      note: `Call \u202e0000 6497 020\u202c today.${controls}`,
    })
    const pdf = await openPdf(bytes)
    expect(pdf.text).not.toMatch(new RegExp(`[${controls}]`))
    expect(pdf.lines).toContain('Clinic: Riverside Clinic')
    expect(pdf.lines).toContain('Phone: 020 7946 0000')
    expect(printedNote(pdf).trim()).toBe('Call 0000 6497 020 today.')
  })

  it('counts the note limit after control characters are stripped', async () => {
    const note = `${'a'.repeat(1000)}\u0000\u0000`
    await expect(service.generateHandout(TOPIC, { note })).resolves.toMatchObject({
      pages: expect.any(Number),
    })
  })

  it('wraps a very long unbroken word in the note within the page instead of hanging', async () => {
    const word = 'x'.repeat(1000)
    for (const largePrint of [false, true]) {
      const { bytes, pages } = await service.generateHandout(TOPIC, { note: word, largePrint })
      const pdf = await openPdf(bytes)
      expect(pdf.pages).toHaveLength(pages)
      expect(squeeze(printedNote(pdf))).toBe(word)
      const noteLines = pdf.pages
        .flatMap((p) => p.items.map((i) => ({ ...i, pageWidth: p.width })))
        .filter((i) => /^x[x\s]*$/.test(i.str.trim()))
      expect(noteLines.length).toBeGreaterThan(3)
      for (const line of noteLines)
        expect(line.x + line.width).toBeLessThanOrEqual(line.pageWidth - 46 + 0.5)
    }
  })

  it('prints Latin-1 and Latin Extended letters in the clinic name as given', async () => {
    const name = 'Clínica Núñez — Ærø Sjúkrahús, Łódź, Ştefan'
    const { bytes } = await service.generateHandout(TOPIC, {
      clinic: { name, phone: '', website: '' },
    })
    expect(collapse((await openPdf(bytes)).text)).toContain(`Clinic: ${name}`)
  })

  // Regression (fixed; render-handout-pdf.ts breakLongWords uses /(.{20})/g without the `u` flag): a long
  // word of characters outside the BMP that the font has (Noto Sans draws U+10780–U+107BA) is
  // split between the two halves of a surrogate pair, and both halves print as missing-glyph
  // boxes.
  it('never splits a character in two when breaking a long word', async () => {
    const { bytes } = await service.generateHandout(TOPIC, {
      note: `a${'\u{10780}'.repeat(30)}`,
    })
    expect(notdefGlyphsDrawn(bytes)).toBe(0)
  })
})
