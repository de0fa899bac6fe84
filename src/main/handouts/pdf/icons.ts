import type PDFDocument from 'pdfkit'
import type { TierId } from '../../../shared/content/labels'

type Doc = InstanceType<typeof PDFDocument>

/**
 * Vector icons for the help tiers, drawn (not taken from a font, which might lack the
 * glyph). Each sits in a `size`-point square whose top-left corner is (x, y).
 */
export function drawTierIcon(
  doc: Doc,
  tier: TierId,
  x: number,
  y: number,
  size: number,
  color: string,
): void {
  const s = size
  doc.save()
  doc
    .lineWidth(Math.max(1.2, s / 12))
    .strokeColor(color)
    .fillColor(color)
  if (tier === 'emergency') {
    // Warning triangle with an exclamation mark.
    doc
      .polygon(
        [x + s / 2, y + s * 0.06],
        [x + s * 0.97, y + s * 0.92],
        [x + s * 0.03, y + s * 0.92],
      )
      .fill()
    doc.fillColor('#ffffff')
    doc.rect(x + s * 0.455, y + s * 0.34, s * 0.09, s * 0.32).fill()
    doc.circle(x + s / 2, y + s * 0.78, s * 0.055).fill()
  } else if (tier === 'same-day') {
    // Clock face with hands.
    doc.circle(x + s / 2, y + s / 2, s * 0.44).stroke()
    doc
      .moveTo(x + s / 2, y + s / 2)
      .lineTo(x + s / 2, y + s * 0.22)
      .stroke()
    doc
      .moveTo(x + s / 2, y + s / 2)
      .lineTo(x + s * 0.72, y + s * 0.6)
      .stroke()
  } else if (tier === 'routine') {
    // Speech bubble: something to mention at a routine visit.
    doc.roundedRect(x + s * 0.06, y + s * 0.12, s * 0.88, s * 0.6, s * 0.12).stroke()
    doc
      .polygon(
        [x + s * 0.25, y + s * 0.7],
        [x + s * 0.25, y + s * 0.92],
        [x + s * 0.48, y + s * 0.7],
      )
      .fill()
    for (const cx of [0.3, 0.5, 0.7]) doc.circle(x + s * cx, y + s * 0.42, s * 0.06).fill()
  } else {
    // Calendar page.
    doc.rect(x + s * 0.08, y + s * 0.16, s * 0.84, s * 0.76).stroke()
    doc.rect(x + s * 0.08, y + s * 0.16, s * 0.84, s * 0.18).fill()
    doc
      .moveTo(x + s * 0.3, y + s * 0.06)
      .lineTo(x + s * 0.3, y + s * 0.24)
      .stroke()
    doc
      .moveTo(x + s * 0.7, y + s * 0.06)
      .lineTo(x + s * 0.7, y + s * 0.24)
      .stroke()
    for (const [cx, cy] of [
      [0.3, 0.5],
      [0.5, 0.5],
      [0.7, 0.5],
      [0.3, 0.72],
      [0.5, 0.72],
    ] as const) {
      doc.rect(x + s * cx - s * 0.05, y + s * cy - s * 0.05, s * 0.1, s * 0.1).fill()
    }
  }
  doc.restore()
}

/** An empty tick box for the checklist. */
export function drawTickBox(doc: Doc, x: number, y: number, size: number): void {
  doc.save().lineWidth(1.1).strokeColor('#1a1a1a').rect(x, y, size, size).stroke().restore()
}
