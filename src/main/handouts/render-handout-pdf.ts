import PDFDocument from 'pdfkit'
import type { Handout } from '../../shared/content/model'
import type { HandoutOptions } from '../../shared/ipc/handouts'
import type { HandoutFonts } from './fonts'
import { PdfWriter } from './pdf/writer'
import { drawPageFurniture } from './pdf/page-furniture'
import { drawHandout } from './pdf/draw-handout'
import { FIRST_PLAN, nextPlan, planTheme, problems, type LayoutPlan } from './pdf/layout-plan'
import {
  HANDOUT_LABELS as LABEL,
  INK,
  LARGE_PRINT,
  LARGE_PRINT_MARGINS,
  MARGINS,
  PAPER,
  STANDARD,
} from '../../shared/handout-theme'
const XMP_INFO_KEYS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * pdfkit copies the document info into the XMP metadata without escaping it, so a clinic named
 * "Smith & Jones" would make the XML malformed. Escape it for the XMP only: the Info dictionary,
 * written earlier, keeps the text as typed.
 */
export function escapeInfoInXmp(doc: InstanceType<typeof PDFDocument>): void {
  const target = doc as unknown as { endMetadata(): void; info: Record<string, unknown> }
  const endMetadata = target.endMetadata.bind(doc)
  target.endMetadata = () => {
    const saved = { ...target.info }
    for (const key of XMP_INFO_KEYS) {
      const value = target.info[key]
      if (typeof value === 'string') target.info[key] = escapeXml(value)
    }
    try {
      endMetadata()
    } finally {
      Object.assign(target.info, saved)
    }
  }
}

export interface RenderResult {
  bytes: Uint8Array
  pages: number
  /** How the layout went: the plan used and anything it could not avoid. */
  layout: LayoutPlan & { problems: string[]; attempts: number }
}

/** Page budgets from the audit: two sheets in standard print, four in large print. */
export const MAX_PAGES = { standard: 2, large: 4 } as const

function newDocument(handout: Handout, options: HandoutOptions): InstanceType<typeof PDFDocument> {
  const paper = PAPER[options.paper]
  const doc = new PDFDocument({
    size: paper.name,
    margins: options.largePrint ? LARGE_PRINT_MARGINS : MARGINS,
    // No default font: the standard Helvetica would be loaded (and could leak in unembedded).
    font: null as unknown as string,
    bufferPages: true,
    tagged: true,
    // @types/pdfkit lists only the PDF/A subsets; pdfkit 0.20 also accepts PDF/UA.
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: `${handout.title}${LABEL.titleSuffix}`,
      Author: options.clinic.name || 'Postcoital Atlas',
      Subject: handout.summary,
      Keywords: `${handout.title}; patient information; ${handout.topic.replace(/-/g, ' ')}`,
      Creator: 'Postcoital Atlas',
    },
  })
  escapeInfoInXmp(doc)
  return doc
}

/**
 * Lays out one patient handout as a tagged, PDF/UA-flagged PDF. The layout is judged from what
 * was drawn (pages, how full each is, whether the clinic block was left alone on a page) and,
 * if it breaks a rule, tried again more tightly; the first attempt that keeps every rule is
 * kept, or else the one with the fewest problems. A typical handout fits on the first try.
 */
export function renderHandoutPdf(
  handout: Handout,
  options: HandoutOptions,
  fonts: HandoutFonts,
  deadline: number,
): Promise<RenderResult> {
  const base = options.largePrint ? LARGE_PRINT : STANDARD
  const maxPages = options.largePrint ? MAX_PAGES.large : MAX_PAGES.standard
  let best:
    | {
        doc: InstanceType<typeof PDFDocument>
        writer: PdfWriter
        plan: LayoutPlan
        found: string[]
        pages: number
      }
    | undefined
  let attempts = 0
  for (let plan: LayoutPlan | null = FIRST_PLAN; plan;) {
    attempts++
    const doc = newDocument(handout, options)
    // pdfkit accepts a parsed fontkit font; these share decoded tables with the service's copy,
    // which is most of what makes a warm handout fast.
    const faces = fonts.forDocument()
    doc.registerFont('regular', faces.regular as never)
    doc.registerFont('bold', faces.bold as never)
    doc.registerFont('italic', faces.italic as never)
    const theme = planTheme(base, plan, options.largePrint ? 16 : 12)
    doc.font('regular').fontSize(theme.body).fillColor(INK.text)
    const writer = new PdfWriter(doc, theme, deadline, fonts.heights)
    const outcome = drawHandout(doc, writer, handout, options, plan)
    const found = problems(outcome, maxPages)
    const better =
      !best ||
      found.length < best.found.length ||
      (found.length === best.found.length && outcome.pages < best.pages)
    if (better) best = { doc, writer, plan, found, pages: outcome.pages }
    if (!found.length) break
    plan = nextPlan(plan, outcome, maxPages)
  }
  const { doc, writer, plan, found } = best!
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  try {
    drawPageFurniture(writer, {
      title: `${handout.title}${LABEL.titleSuffix}`,
      footers: options.clinic.name
        ? [`${options.clinic.name} · ${LABEL.footer}`, options.clinic.name]
        : [LABEL.footer],
    })
    const pages = doc.bufferedPageRange().count
    doc.end()
    return finished.then(() => ({
      bytes: Buffer.concat(chunks),
      pages,
      layout: { ...plan, problems: found, attempts },
    }))
  } catch (error) {
    // Stop the document so nothing half-made lingers; the caller writes nothing.
    doc.removeAllListeners('data')
    return Promise.reject(error)
  }
}
