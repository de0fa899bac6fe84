import PDFDocument from 'pdfkit'
import type { Handout } from '../../shared/content/model'
import type { HandoutOptions } from '../../shared/ipc/handouts'
import type { HandoutFonts } from './fonts'
import { PdfWriter } from './pdf/writer'
import { drawHelpBox } from './pdf/help-box'
import { drawClinicBlock } from './pdf/clinic-block'
import { drawPageFurniture } from './pdf/page-furniture'
import { drawTickBox } from './pdf/icons'
import {
  HANDOUT_LABELS as LABEL,
  INK,
  LARGE_PRINT,
  MARGINS,
  PAPER,
  STANDARD,
} from '../../shared/handout-theme'
import { drawCautionBox } from './pdf/caution-box'
import { longDate, monthYear } from '../../shared/dates'

const HELP_SECTION = 'When should I get help?'
const XMP_INFO_KEYS = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'] as const
const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * pdfkit copies the document info into the XMP metadata without escaping it, so a clinic named
 * "Smith & Jones" would make the XML malformed. Escape it for the XMP only: the Info dictionary,
 * written earlier, keeps the text as typed.
 */
function escapeInfoInXmp(doc: InstanceType<typeof PDFDocument>): void {
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

/** Short source names for the sources line ("NICE NG73; Miller et al. 2022"). */
function sourcesLine(handout: Handout): string {
  return handout.sources.map((s) => s.short).join('; ')
}

const plain = (text: string) => [{ text, bold: false, italic: false }]

/**
 * "Your checklist" (tick boxes) and "Questions to ask" side by side in standard print, one after
 * the other in large print. Reading order stays checklist first, then questions.
 */
function drawActionColumns(
  writer: PdfWriter,
  root: ReturnType<PdfWriter['doc']['struct']>,
  handout: Handout,
): void {
  const { doc, theme } = writer
  const sideBySide = theme === STANDARD
  const gap = 18
  const columnWidth = sideBySide ? (writer.width - gap) / 2 : writer.width
  const listHeight = (items: string[]) =>
    items.reduce(
      (sum, item) =>
        sum +
        writer.heightOf(item, columnWidth - theme.indent, 'regular', theme.body) +
        theme.paragraphGap / 2,
      0,
    )
  const headingHeight =
    writer.heightOf(LABEL.checklist, columnWidth, 'bold', theme.h2) + theme.paragraphGap
  const box = theme.body * 0.95
  const columns = [
    { title: LABEL.checklist, items: handout.checklist, tick: true },
    { title: LABEL.questions, items: handout.questions, tick: false },
  ]
  if (sideBySide)
    writer.ensureSpace(headingHeight + Math.max(...columns.map((c) => listHeight(c.items))))
  const top = doc.y
  let bottom = top
  columns.forEach((column, index) => {
    const x = sideBySide ? writer.left + index * (columnWidth + gap) : writer.left
    if (sideBySide) doc.y = top
    const sect = doc.struct('Sect')
    root.add(sect)
    writer.heading(sect, 'H2', column.title, { bookmark: true, x, width: columnWidth })
    writer.list(sect, column.items.map(plain), {
      x,
      width: columnWidth,
      ...(column.tick
        ? {
            decorate: (bx: number, by: number) => drawTickBox(doc, bx, by + theme.body * 0.22, box),
          }
        : { marker: () => '•' }),
    })
    sect.end()
    bottom = Math.max(bottom, doc.y)
    if (!sideBySide) doc.y += theme.sectionGap / 2
  })
  doc.y = bottom + theme.sectionGap / 2
}

export interface RenderResult {
  bytes: Uint8Array
  pages: number
}

/**
 * Lays out one patient handout as a tagged, PDF/UA-flagged PDF: title and summary, the question
 * sections, the three-tier help box, a tick-box checklist, questions to ask, the clinic block,
 * the review date and sources, and "Page N of M".
 */
export function renderHandoutPdf(
  handout: Handout,
  options: HandoutOptions,
  fonts: HandoutFonts,
  deadline: number,
): Promise<RenderResult> {
  const theme = options.largePrint ? LARGE_PRINT : STANDARD
  const paper = PAPER[options.paper]
  // An unbroken word longer than a line (a pasted address) is split between characters by
  // pdfkit itself; input limits keep that bounded, and nothing is inserted into the text layer.
  const clinic = options.clinic
  const doc = new PDFDocument({
    size: paper.name,
    margins: MARGINS,
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
  // pdfkit accepts a parsed fontkit font; these share decoded tables with the service's copy,
  // which is most of what makes a warm handout fast.
  escapeInfoInXmp(doc)
  const faces = fonts.forDocument()
  doc.registerFont('regular', faces.regular as never)
  doc.registerFont('bold', faces.bold as never)
  doc.registerFont('italic', faces.italic as never)
  doc.font('regular').fontSize(theme.body).fillColor(INK.text)

  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })

  try {
    const writer = new PdfWriter(doc, theme, deadline)
    const root = doc.struct('Document')
    doc.addStructure(root)

    writer.heading(root, 'H1', handout.title)
    writer.paragraph(root, [{ text: handout.summary, bold: false, italic: false }], {
      size: theme.body * 1.08,
      color: INK.muted,
    })
    doc.y += theme.sectionGap / 2

    for (const section of handout.sections) {
      const sect = doc.struct('Sect')
      root.add(sect)
      writer.heading(sect, 'H2', section.title, { bookmark: true })
      for (const block of section.blocks) {
        if (block.type === 'paragraph') writer.paragraph(sect, block.runs)
        else if (block.type === 'caution') drawCautionBox(writer, sect, block.runs)
        else writer.list(sect, block.items, { marker: (i) => (block.ordered ? `${i + 1}.` : '•') })
      }
      if (section.title === HELP_SECTION) drawHelpBox(writer, sect, handout.help)
      sect.end()
      doc.y += theme.sectionGap
    }

    drawActionColumns(writer, root, handout)

    const clinicSect = doc.struct('Sect')
    root.add(clinicSect)
    drawClinicBlock(writer, clinicSect, clinic, options.note)
    clinicSect.end()

    const about = doc.struct('Sect')
    root.add(about)
    writer.paragraph(
      about,
      [
        { text: `${LABEL.about} `, bold: true, italic: false },
        {
          text:
            `Last reviewed ${longDate(handout.lastReviewed)}; next review due ${monthYear(handout.nextReview)}. ` +
            `${LABEL.disclaimer} ` +
            `Sources: ${sourcesLine(handout)}.`,
          bold: false,
          italic: false,
        },
      ],
      { size: theme.small, color: INK.muted },
    )
    about.end()
    root.end()

    drawPageFurniture(writer, {
      title: `${handout.title}${LABEL.titleSuffix}`,
      footer: options.clinic.name ? `${options.clinic.name} · ${LABEL.footer}` : LABEL.footer,
    })
    const pages = doc.bufferedPageRange().count
    doc.end()
    return finished.then(() => ({ bytes: Buffer.concat(chunks), pages }))
  } catch (error) {
    // Stop the document so nothing half-made lingers; the caller writes nothing.
    doc.removeAllListeners('data')
    return Promise.reject(error)
  }
}
