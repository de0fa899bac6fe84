import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { HandoutOptionsInput } from '../../../src/shared/ipc/handouts'
import {
  RESOURCES,
  handoutService,
  handoutSources,
  openPdf,
  squeeze,
  type OpenedPdf,
  type PrintedText,
} from './pdf-helpers'

/*
 * The audit's layout rules (M1, M2), asserted from the PDFs themselves over every topic, both
 * paper sizes, both print sizes, with and without clinic details and a note: page 1 names the
 * emergency signs; no page is nearly empty; no heading ends a page; a help box starts on the
 * page its heading is on; the clinic block never stands alone on a last page; page budgets hold.
 */
interface Flag {
  id: string
  tier: string
  patient?: string
  short?: string
}
const flags = new Map(
  (
    parseYaml(await readFile(join(RESOURCES, 'content', 'red-flags.yaml'), 'utf8')) as {
      flags: Flag[]
    }
  ).flags.map((f) => [f.id, f]),
)
const tiers = (
  parseYaml(await readFile(join(RESOURCES, 'content', 'urgency-tiers.yaml'), 'utf8')) as {
    tiers: { id: string; patient: { action: string } }[]
  }
).tiers
const action = (tier: string) => tiers.find((t) => t.id === tier)!.patient.action

const sources = await handoutSources()
const service = handoutService()
const CLINIC = {
  clinic: {
    name: 'Riverside Sexual Health & Pelvic Pain Clinic',
    phone: '020 7946 0000',
    website: 'riverside.example.org/sexual-health',
  },
  note: 'Please come back in six weeks, or sooner if the pain changes or you are worried.',
}
const variants: { name: string; options: HandoutOptionsInput; budget: number }[] = []
for (const paper of ['a4', 'letter'] as const)
  for (const largePrint of [false, true])
    for (const clinic of [false, true])
      variants.push({
        name: `${paper}${largePrint ? ' large print' : ''}${clinic ? ' with clinic and note' : ''}`,
        options: { paper, largePrint, ...(clinic ? CLINIC : {}) },
        budget: largePrint ? 4 : 2,
      })

const made = new Map<string, OpenedPdf>()
/** Whether the layout kept the help heading with the first help box (the designed look). */
const helpKept = new Map<string, boolean>()
beforeAll(async () => {
  for (const source of sources)
    for (const variant of variants) {
      const result = await service.generateHandout(source.topic, variant.options)
      made.set(`${source.topic} ${variant.name}`, await openPdf(result.bytes))
      helpKept.set(`${source.topic} ${variant.name}`, result.layout?.helpKeep ?? true)
    }
}, 120_000)

/** Text a reader is meant to read, top of the page first (pdf.js y grows upwards). */
const content = (items: PrintedText[]) =>
  items.filter((i) => i.str.trim() && !i.artifact).sort((a, b) => b.y - a.y || a.x - b.x)

/** How far down the page the lowest content line reaches, as a share of the text area. */
function fill(page: OpenedPdf['pages'][number], largePrint: boolean): number {
  const [top, bottom] = largePrint ? [58, 58] : [48, 50]
  const lines = content(page.items)
  if (!lines.length) return 0
  const lowest = Math.min(...lines.map((i) => i.y - i.size * 0.3))
  return (page.height - top - lowest) / (page.height - top - bottom)
}

const pageOf = (pdf: OpenedPdf, text: string): number =>
  pdf.pages.findIndex((p) => squeeze(p.text).includes(squeeze(text)))

/** Where a sign is printed: in full, or (an emergency sign on page 1) by its short label. */
const signPage = (pdf: OpenedPdf, flag: Flag): number => {
  const full = pageOf(pdf, flag.patient!)
  return full !== -1 ? full : flag.short ? pageOf(pdf, flag.short) : -1
}

describe.each(sources.map((s) => s.topic))('%s handout layout', (topic) => {
  const source = sources.find((s) => s.topic === topic)!
  const help = (source.help as unknown as string[]).map((id) => flags.get(id)!)
  const emergency = help.filter((f) => f.tier === 'emergency')

  it.each(variants)('$name: page 1 names every emergency sign under "Call 999"', ({ name }) => {
    const pdf = made.get(`${topic} ${name}`)!
    expect(emergency.length).toBeGreaterThan(0)
    expect(squeeze(pdf.pages[0]!.text)).toContain(squeeze(action('emergency')))
    for (const flag of emergency) {
      const onPage1 = [flag.patient!, flag.short ?? flag.patient!].some((text) =>
        squeeze(pdf.pages[0]!.text).includes(squeeze(text)),
      )
      expect(onPage1, flag.id).toBe(true)
    }
  })

  it.each(variants)('$name: stays within its page budget, with no near-empty page', (variant) => {
    const pdf = made.get(`${topic} ${variant.name}`)!
    expect(pdf.pages.length).toBeLessThanOrEqual(variant.budget)
    if (pdf.pages.length > 1)
      pdf.pages.forEach((page, i) =>
        expect(
          fill(page, Boolean(variant.options.largePrint)),
          `page ${i + 1}`,
        ).toBeGreaterThanOrEqual(0.25),
      )
  })

  it.each(variants)(
    '$name: no heading ends a page, and each help box starts with its heading',
    ({ name }) => {
      const pdf = made.get(`${topic} ${name}`)!
      const headings = new Set([
        ...source.sections,
        'Your checklist',
        'Questions to ask',
        'Your clinic',
        ...tiers.map((t) => t.patient.action),
      ])
      pdf.pages.slice(0, -1).forEach((page, i) => {
        const last = content(page.items).at(-1)
        expect(headings.has(last?.str.trim() ?? ''), `page ${i + 1} ends with "${last?.str}"`).toBe(
          false,
        )
      })
      for (const tier of new Set(help.map((f) => f.tier))) {
        const first = help.find((f) => f.tier === tier)!
        expect(signPage(pdf, first), tier).toBe(pageOf(pdf, action(tier)))
      }
    },
  )

  it.each(variants)(
    '$name: "When should I get help?" and its intro share a page with the first help box',
    ({ name }) => {
      const pdf = made.get(`${topic} ${name}`)!
      const helpAt = pageOf(pdf, 'When should I get help?')
      expect(helpAt).toBeGreaterThanOrEqual(0)
      // The first box in the help section: the first tier printed after the heading.
      const after = pdf.pages.slice(helpAt).map((p) => squeeze(p.text))
      after[0] = after[0]!.slice(after[0]!.indexOf(squeeze('When should I get help?')))
      const firstBoxPage = after.findIndex((text) =>
        tiers.some((t) => text.includes(squeeze(t.patient.action))),
      )
      // Relaxed only as a last resort, when no other layout keeps the page budget.
      if (helpKept.get(`${topic} ${name}`)) expect(firstBoxPage).toBe(0)
      else expect(firstBoxPage).toBeLessThanOrEqual(1)
    },
  )

  it('relaxes the help heading rule in at most a few layouts', () => {
    const relaxed = variants.filter((v) => !helpKept.get(`${topic} ${v.name}`))
    expect(relaxed.length).toBeLessThanOrEqual(2)
  })

  it.each(variants)(
    '$name: the clinic block and review line never stand alone on the last page',
    ({ name }) => {
      const pdf = made.get(`${topic} ${name}`)!
      if (pdf.pages.length === 1) return
      const lastPage = content(pdf.pages.at(-1)!.items).map((i) => i.str.trim())
      const first = lastPage[0] ?? ''
      expect(first === 'Your clinic' || first.startsWith('About this leaflet')).toBe(false)
    },
  )
})
