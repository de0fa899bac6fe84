import type PDFDocument from 'pdfkit'
import type { ClinicDetails } from '../../../shared/ipc/settings'
import type { PdfWriter } from './writer'
import { HANDOUT_LABELS, INK } from '../../../shared/handout-theme'

type Struct = ReturnType<InstanceType<typeof PDFDocument>['struct']>

/**
 * The clinic's details and the clinician's note. With no details given, labelled lines are
 * printed instead so a clinic can write them in by hand.
 */
export function drawClinicBlock(
  writer: PdfWriter,
  parent: Struct,
  clinic: ClinicDetails,
  note: string,
): void {
  const { doc, theme } = writer
  const pad = theme.boxPadding
  const innerWidth = writer.width - 2 * pad
  const filled = Boolean(clinic.name || clinic.phone || clinic.website)
  const rows: [string, string][] = filled
    ? (
        [
          ['Clinic', clinic.name],
          ['Phone', clinic.phone],
          ['Website', clinic.website],
        ] as [string, string][]
      ).filter(([, value]) => value)
    : [
        ['Clinic', ''],
        ['Phone', ''],
      ]
  const rowHeight = (value: string): number =>
    Math.max(
      writer.heightOf(`Website: ${value}`, innerWidth, 'regular', theme.body),
      writer.lineHeight() * 1.4,
    )
  const noteHeight = note
    ? writer.lineHeight() +
      writer.heightOf(note, innerWidth, 'regular', theme.body) +
      theme.paragraphGap
    : 0
  const height = pad * 2 + rows.reduce((sum, [, v]) => sum + rowHeight(v), 0) + noteHeight
  // The heading stays with its box: both move to the next page together when they do not fit.
  const headingHeight =
    writer.heightOf(HANDOUT_LABELS.clinic, writer.width, 'bold', theme.h2) + theme.paragraphGap
  // A box taller than a page cannot be drawn whole; a very long note then flows unboxed.
  const boxed = height <= writer.bottom - doc.page.margins.top - headingHeight
  writer.ensureSpace(headingHeight + (boxed ? height : 3 * writer.lineHeight()))
  writer.heading(parent, 'H2', HANDOUT_LABELS.clinic, { bookmark: true })
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
  for (const [label, value] of rows) {
    const y = doc.y
    writer.tagged(parent, 'P', () => {
      writer.font('bold', theme.body)
      doc.text(`${label}: `, x, y, {
        width: innerWidth,
        lineGap: theme.lineGap,
        continued: Boolean(value),
      })
      if (value)
        writer
          .font('regular', theme.body)
          .doc.text(value, { width: innerWidth, lineGap: theme.lineGap })
    })
    if (!value) {
      // A line to write on, level with the label's baseline.
      const labelWidth = writer.font('bold', theme.body).doc.widthOfString(`${label}: `)
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
    doc.y = y + rowHeight(value)
  }
  if (note) {
    writer.tagged(parent, 'P', () => {
      writer.font('bold', theme.body)
      doc.text(HANDOUT_LABELS.note, x, doc.y, { width: innerWidth, lineGap: theme.lineGap })
    })
    writer.tagged(parent, 'P', () => {
      writer.font('regular', theme.body)
      doc.text(note, x, doc.y, { width: innerWidth, lineGap: theme.lineGap })
    })
  }
  doc.y = boxed ? top + height + theme.sectionGap : doc.y + theme.sectionGap
}
