import type PDFDocument from 'pdfkit'
import type { ClinicDetails } from '../../../shared/ipc/settings'
import type { PdfWriter } from './writer'
import { HANDOUT_LABELS, INK } from '../../../shared/handout-theme'
import { clinicEmailHref, clinicWebsiteHref } from '../clinic-links'

type Struct = ReturnType<InstanceType<typeof PDFDocument>['struct']>

interface ClinicRow {
  label: string
  value: string
  /** Where the value links to, when it is a web or email address the PDF can open. */
  href?: string
  /** The value's language, when the clinic wrote it in another (its name, say, in Welsh). */
  lang?: string
}

function rowsOf(clinic: ClinicDetails): ClinicRow[] {
  const filled = Boolean(clinic.name || clinic.phone || clinic.website || clinic.email)
  if (!filled) {
    // With no details given, labelled lines are printed so a clinic can write them in by hand.
    return [
      { label: 'Clinic', value: '' },
      { label: 'Phone', value: '' },
    ]
  }
  const web = clinicWebsiteHref(clinic.website)
  const mail = clinicEmailHref(clinic.email)
  const rows: ClinicRow[] = [
    { label: 'Clinic', value: clinic.name, ...(clinic.lang ? { lang: clinic.lang } : {}) },
    { label: 'Phone', value: clinic.phone },
    { label: 'Website', value: clinic.website, ...(web ? { href: web } : {}) },
    { label: 'Email', value: clinic.email, ...(mail ? { href: mail } : {}) },
  ]
  return rows.filter((row) => row.value)
}

function layout(writer: PdfWriter, clinic: ClinicDetails, note: string) {
  const { theme } = writer
  const pad = theme.boxPadding
  const innerWidth = writer.width - 2 * pad
  const rows = rowsOf(clinic)
  // A row is as tall as its wrapped text, plus a gap so a wrapped row never touches the next label.
  const rowHeight = (row: ClinicRow): number =>
    row.value
      ? writer.heightOf(`${row.label}: ${row.value}`, innerWidth, 'regular', theme.body) +
        theme.paragraphGap
      : writer.lineHeight() * 1.4
  const noteHeight = note
    ? writer.lineHeight() +
      writer.heightOf(note, innerWidth, 'regular', theme.body) +
      theme.paragraphGap
    : 0
  const height = pad * 2 + rows.reduce((sum, row) => sum + rowHeight(row), 0) + noteHeight
  const headingHeight =
    writer.heightOf(HANDOUT_LABELS.clinic, writer.width, 'bold', theme.h2) + theme.paragraphGap
  return { pad, innerWidth, rows, rowHeight, height, headingHeight }
}

/** Height of the clinic heading and box, for keeping it with what comes before. */
export function clinicBlockHeight(writer: PdfWriter, clinic: ClinicDetails, note: string): number {
  const { height, headingHeight } = layout(writer, clinic, note)
  return headingHeight + Math.min(height, writer.pageHeight / 2)
}

/**
 * The clinic's details and the clinician's note. The website and email are real links (a Link
 * structure element with its annotation and alternate text), and the clinic name and the note
 * carry their own language so they are read aloud in the right voice.
 */
export function drawClinicBlock(
  writer: PdfWriter,
  parent: Struct,
  clinic: ClinicDetails,
  note: string,
  options: { noteLang?: string; bookmark?: Parameters<PdfWriter['heading']>[3] } = {},
): void {
  const { doc, theme } = writer
  const { pad, innerWidth, rows, rowHeight, height, headingHeight } = layout(writer, clinic, note)
  // A box taller than a page cannot be drawn whole; a very long note then flows unboxed.
  const boxed = height <= writer.pageHeight - headingHeight
  writer.heading(parent, 'H2', HANDOUT_LABELS.clinic, {
    ...options.bookmark,
    keepWith: boxed ? height : 3 * writer.lineHeight(),
  })
  const top = doc.y
  if (boxed) {
    writer.artifact(() => {
      doc
        .save()
        .roundedRect(writer.left, top, writer.width, height, 6)
        .fillColor(INK.tint.clinic)
        .fill()
        .restore()
    })
  }
  doc.y = top + pad
  const x = writer.left + pad
  for (const row of rows) {
    const y = doc.y
    const paragraph = doc.struct('P')
    parent.add(paragraph)
    paragraph.add(
      doc.struct('Span', {}, () => {
        writer.font('bold', theme.body)
        doc.text(`${row.label}: `, x, y, {
          width: innerWidth,
          lineGap: theme.lineGap,
          continued: Boolean(row.value),
        })
      }),
    )
    if (row.value && row.href) {
      const alt = `${row.label}: ${row.value}`
      const link = doc.struct('Link', { alt, ...(row.lang ? { lang: row.lang } : {}) })
      paragraph.add(link)
      const startY = doc.y
      link.add(() => {
        writer.font('regular', theme.body)
        doc.fillColor(INK.heading).text(row.value, {
          width: innerWidth,
          lineGap: theme.lineGap,
          underline: true,
        })
      })
      doc.fillColor(INK.text)
      // The annotation covers the address's lines; its Contents is the alternate text, and it
      // joins the Link element through an object reference (OBJR).
      doc.link(x, startY, innerWidth, Math.max(doc.y - startY, writer.lineHeight()), row.href, {
        structParent: link,
        Contents: new String(alt),
      } as never)
      link.end()
    } else if (row.value) {
      paragraph.add(
        doc.struct('Span', row.lang ? { lang: row.lang } : {}, () => {
          writer.font('regular', theme.body)
          doc.text(row.value, { width: innerWidth, lineGap: theme.lineGap })
        }),
      )
    }
    paragraph.end()
    if (!row.value) {
      // A line to write on, level with the label's baseline.
      const labelWidth = writer.font('bold', theme.body).doc.widthOfString(`${row.label}: `)
      const baseline = y + writer.lineHeight() - theme.lineGap - 2
      writer.artifact(() => {
        doc
          .save()
          .lineWidth(0.8)
          .strokeColor(INK.rule)
          .moveTo(x + labelWidth, baseline)
          .lineTo(x + innerWidth, baseline)
          .stroke()
          .restore()
      })
    }
    doc.y = y + rowHeight(row)
    writer.mark()
  }
  if (note) {
    writer.tagged(parent, 'P', () => {
      writer.font('bold', theme.body)
      doc.text(HANDOUT_LABELS.note, x, doc.y, { width: innerWidth, lineGap: theme.lineGap })
    })
    writer.tagged(
      parent,
      'P',
      () => {
        writer.font('regular', theme.body)
        doc.text(note, x, doc.y, { width: innerWidth, lineGap: theme.lineGap })
      },
      options.noteLang ? { lang: options.noteLang } : {},
    )
  }
  doc.y = boxed ? top + height + theme.sectionGap : doc.y + theme.sectionGap
  writer.mark()
}
