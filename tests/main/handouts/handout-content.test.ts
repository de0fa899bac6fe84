import { beforeAll, describe, expect, it } from 'vitest'
import {
  CLOSING_HEADINGS,
  safetySources,
  collapse,
  handoutService,
  handoutSources,
  longDate,
  openPdf,
  positionsInOrder,
  type HandoutSource,
  type OpenedPdf,
} from './pdf-helpers'

const CLINIC = {
  name: 'Riverside Sexual Health',
  phone: '020 7946 0000',
  website: 'https://riverside.example',
}
const NOTE = 'Ring us on the number above if the cramps last more than a day.'

interface Printed {
  source: HandoutSource
  pdf: OpenedPdf
  pages: number
}

const sources = await handoutSources()
const safety = await safetySources()
const service = handoutService()
const blank = new Map<string, Printed>()
let withClinic: Printed

// Each handout is made once (no clinic details) and read back with pdf.js; one more with a
// clinic block and note. The tests only read these.
beforeAll(async () => {
  for (const source of sources) {
    const { bytes, pages } = await service.generateHandout(source.topic)
    blank.set(source.topic, { source, pdf: await openPdf(bytes), pages })
  }
  const source = sources.find((s) => s.topic === 'cramps-after-sex')!
  const { bytes, pages } = await service.generateHandout(source.topic, {
    clinic: CLINIC,
    note: NOTE,
  })
  withClinic = { source, pdf: await openPdf(bytes), pages }
})

describe('handout PDF content', () => {
  it('has a handout for every source file', async () => {
    expect(sources.length).toBeGreaterThanOrEqual(5)
    expect((await service.topics()).sort()).toEqual(sources.map((s) => s.topic).sort())
  })

  describe.each(sources.map((s) => [s.topic, s] as const))('%s', (topic, source) => {
    const printed = () => blank.get(topic)!

    it('starts with the title and summary', () => {
      const { pdf } = printed()
      expect(pdf.pages[0]!.lines[0]).toBe(source.title)
      expect(collapse(pdf.pages[0]!.text)).toContain(collapse(source.summary))
    })

    it('prints every section heading, then the checklist, questions and clinic, in order', () => {
      const headings = [...source.sections, ...CLOSING_HEADINGS]
      const at = positionsInOrder(printed().pdf.lines, headings)
      expect(Object.fromEntries(headings.map((h, i) => [h, at[i]! >= 0]))).toEqual(
        Object.fromEntries(headings.map((h) => [h, true])),
      )
    })

    it('prints its help tiers most urgent first, each sign under its tier in patient words', () => {
      const { pdf } = printed()
      const text = collapse(pdf.text)
      const used = safety.tiers.filter((t) =>
        source.help.some((id) => safety.flags.get(id)!.tier === t.id),
      )
      expect(used.length).toBeGreaterThan(1)
      let from = 0
      for (const tier of used) {
        const start = text.indexOf(tier.patient.action, from)
        expect(start, tier.patient.action).toBeGreaterThanOrEqual(from)
        const next = used[used.indexOf(tier) + 1]
        const end = next ? text.indexOf(next.patient.action, start) : text.length
        for (const id of source.help.filter((f) => safety.flags.get(f)!.tier === tier.id)) {
          const flag = safety.flags.get(id)!
          // An emergency sign may be printed by its short label on page 1.
          const words = [flag.patient!, flag.short ?? flag.patient!].map(collapse)
          const at = Math.max(...words.map((w) => text.indexOf(w, start)))
          expect(at, id).toBeGreaterThan(start)
          expect(at, id).toBeLessThan(end)
        }
        from = start
      }
    })

    it('prints every checklist item and question', () => {
      const text = collapse(printed().pdf.text)
      for (const item of [...source.checklist, ...source.questions]) {
        expect(text).toContain(collapse(item))
      }
    })

    it('leaves labelled blank lines for the clinic when no details are given', () => {
      const { lines } = printed().pdf
      const clinicAt = lines.lastIndexOf('Your clinic')
      expect(lines.slice(clinicAt + 1, clinicAt + 3)).toEqual(['Clinic:', 'Phone:'])
      expect(lines.some((l) => l.startsWith('Website:'))).toBe(false)
      expect(lines).not.toContain('Note from your clinician')
    })

    it('says when it was last reviewed', () => {
      expect(collapse(printed().pdf.text)).toContain(
        `Last reviewed ${longDate(source.lastReviewed)};`,
      )
    })

    it('numbers every page "Page N of M"', () => {
      const { pdf, pages } = printed()
      expect(pdf.pages).toHaveLength(pages)
      pdf.pages.forEach((page, index) => {
        const labels = page.text.match(/Page \d+ of \d+/g)
        expect(labels).toEqual([`Page ${index + 1} of ${pages}`])
      })
    })
  })

  describe('with clinic details and a note', () => {
    it('prints the clinic name, phone and website in the clinic block', () => {
      const { lines } = withClinic.pdf
      const clinicAt = lines.lastIndexOf('Your clinic')
      expect(lines.slice(clinicAt + 1, clinicAt + 4)).toEqual([
        `Clinic: ${CLINIC.name}`,
        `Phone: ${CLINIC.phone}`,
        `Website: ${CLINIC.website}`,
      ])
    })

    it("prints the clinician's note under its own label", () => {
      const { lines, text } = withClinic.pdf
      const labelAt = lines.indexOf('Note from your clinician')
      expect(labelAt).toBeGreaterThan(lines.lastIndexOf('Your clinic'))
      expect(collapse(text.split('Note from your clinician')[1]!)).toMatch(
        new RegExp(`^${NOTE.replace(/[.?]/g, '\\$&')}`),
      )
    })

    it('names the clinic in the footer of every page', () => {
      for (const page of withClinic.pdf.pages) {
        expect(page.text).toContain(`${CLINIC.name} · Postcoital Atlas patient information`)
      }
    })

    // Regression (fixed; render-handout-pdf.ts breakLongWords): words of 28+ characters get a U+200B every
    // 20 characters so they can wrap; fontkit draws U+200B with the zero-width *space* glyph,
    // so the text layer (screen readers, copy and paste, search) reads a space in the middle of
    // every long web address: "https://www.riversides exualhealth.example.org".
    it('keeps a long web address whole in the text layer', async () => {
      const website = 'https://www.riversidesexualhealth.example.org'
      const { bytes } = await service.generateHandout('cramps-after-sex', {
        clinic: { name: '', phone: '', website },
      })
      const { lines } = await openPdf(bytes)
      expect(lines).toContain(`Website: ${website}`)
    })
  })
})
