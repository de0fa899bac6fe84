import { beforeAll, describe, expect, it } from 'vitest'
import type { HandoutOptionsInput } from '../../../src/shared/ipc/handouts'
import {
  CLOSING_HEADINGS,
  handoutService,
  handoutSources,
  openPdf,
  type OpenedPdf,
  type PrintedText,
} from './pdf-helpers'

const A4 = { width: 595.28, height: 841.89 }
const LETTER = { width: 612, height: 792 }
const MARGINS = { top: 48, bottom: 50, left: 46, right: 46 }
const LARGE_MARGINS = { top: 58, bottom: 58, left: 40, right: 40 }

const sources = await handoutSources()
const service = handoutService()
const pageCounts = new Map<string, { standard: number; large: number }>()
let standard: OpenedPdf
let large: OpenedPdf
let letter: OpenedPdf
let letterLarge: OpenedPdf

// Every topic is made in both print sizes (for page counts); four of them are read back.
beforeAll(async () => {
  for (const { topic } of sources) {
    pageCounts.set(topic, {
      standard: (await service.generateHandout(topic)).pages,
      large: (await service.generateHandout(topic, { largePrint: true })).pages,
    })
  }
  const open = async (topic: string, options: HandoutOptionsInput) =>
    openPdf((await service.generateHandout(topic, options)).bytes)
  standard = await open('cramps-after-sex', {})
  large = await open('cramps-after-sex', { largePrint: true })
  letter = await open('back-pain-after-sex', { paper: 'letter' })
  letterLarge = await open('leg-twitching-after-sex', { paper: 'letter', largePrint: true })
})

/** Printed words a reader is meant to read: not decoration, not the small-print "About" line. */
function readingText(pdf: OpenedPdf): PrintedText[] {
  const all = pdf.pages.flatMap((p) => p.items)
  const aboutId = all.find((i) => i.str.startsWith('About this leaflet.'))?.mcid
  return all.filter((i) => i.str.trim() && !i.artifact && i.mcid !== aboutId)
}

const round = (n: number) => Math.round(n * 100) / 100

describe('handout page size', () => {
  it('prints A4 pages at 595.28 × 841.89 pt by default', () => {
    for (const pdf of [standard, large]) {
      for (const page of pdf.pages) {
        expect({ width: round(page.width), height: round(page.height) }).toEqual(A4)
      }
    }
  })

  it('prints Letter pages at 612 × 792 pt when asked', () => {
    for (const pdf of [letter, letterLarge]) {
      expect(pdf.pages.length).toBeGreaterThan(1)
      for (const page of pdf.pages) {
        expect({ width: round(page.width), height: round(page.height) }).toEqual(LETTER)
      }
    }
  })
})

describe('handout type size', () => {
  it('sets standard text at 12 pt or more', () => {
    for (const pdf of [standard, letter]) {
      const sizes = readingText(pdf).map((i) => i.size)
      expect(sizes.length).toBeGreaterThan(50)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    }
  })

  it('sets large-print text at 16 pt or more (18 pt as designed, never under the RNIB floor)', () => {
    for (const pdf of [large, letterLarge]) {
      expect(Math.min(...readingText(pdf).map((i) => i.size))).toBeGreaterThanOrEqual(15.99)
    }
  })

  it('takes more pages in large print than in standard print, for every topic', () => {
    expect(pageCounts.size).toBe(sources.length)
    for (const [topic, pages] of pageCounts) {
      expect(pages.large, topic).toBeGreaterThan(pages.standard)
    }
  })
})

describe('handout layout', () => {
  it('keeps all text inside the page margins', () => {
    for (const [pdf, margins] of [
      [standard, MARGINS],
      [large, LARGE_MARGINS],
      [letter, MARGINS],
      [letterLarge, LARGE_MARGINS],
    ] as const) {
      const MARGINS = margins
      for (const page of pdf.pages) {
        for (const item of page.items.filter((i) => i.str.trim() && !i.artifact)) {
          const right = item.x + (item.str.trimEnd().length / item.str.length) * item.width
          expect(item.x, item.str).toBeGreaterThanOrEqual(MARGINS.left - 0.01)
          expect(right, item.str).toBeLessThanOrEqual(page.width - MARGINS.right + 0.5)
          expect(item.y, item.str).toBeGreaterThanOrEqual(MARGINS.bottom)
          expect(item.y, item.str).toBeLessThanOrEqual(page.height - MARGINS.top)
        }
      }
    }
  })

  it('never leaves a section heading as the last line of a page', () => {
    const printed = [
      ['cramps-after-sex', standard],
      ['cramps-after-sex', large],
      ['back-pain-after-sex', letter],
      ['leg-twitching-after-sex', letterLarge],
    ] as const
    for (const [topic, pdf] of printed) {
      // "Your clinic" has its own (failing) test below.
      const headings = [
        ...sources.find((s) => s.topic === topic)!.sections,
        ...CLOSING_HEADINGS.filter((h) => h !== 'Your clinic'),
      ]
      for (const page of pdf.pages.slice(0, -1)) {
        const lines = page.items.filter((i) => !i.artifact && i.str.trim()).map((i) => i.str.trim())
        expect(headings, `${topic}: ${lines.at(-1)}`).not.toContain(lines.at(-1))
      }
    }
  })

  // Regression (fixed; pdf/clinic-block.ts): the "Your clinic" heading is drawn before `ensureSpace(height)`
  // for the box, so when the box (which grows with the note) does not fit below the heading,
  // the heading stays alone at the foot of one page and the clinic details start the next.
  it('keeps the "Your clinic" heading on the same page as the clinic details', async () => {
    const where = (pdf: OpenedPdf, line: string) => {
      const page = pdf.pages.findIndex((p) => p.items.some((i) => !i.artifact && i.str === line))
      const item = pdf.pages[page]!.items.find((i) => !i.artifact && i.str === line)!
      return { page, y: item.y }
    }
    // A note just taller than the room left under the heading, whatever the content above is.
    const heading = where(standard, 'Your clinic')
    const lines = Math.ceil((heading.y - MARGINS.bottom) / 14) + 2
    const note = Array.from({ length: lines }, () => 'Call us').join('\n')
    const pdf = await openPdf((await service.generateHandout('cramps-after-sex', { note })).bytes)
    expect(where(pdf, 'Your clinic').page).toBe(where(pdf, 'Clinic:').page)
  })
})
