import type PDFDocument from 'pdfkit'
import type { Run } from '../../../shared/content/model'
import type { PdfWriter } from './writer'
import { INK } from '../../../shared/handout-theme'

type Struct = ReturnType<InstanceType<typeof PDFDocument>['struct']>

/**
 * A medicine's cautions (from medicines.yaml) as a tinted box with a bar on its left, right
 * where the handout suggests the medicine. Kept whole on one page; the box is decoration and
 * the words carry the meaning ("Before you take ibuprofen: …").
 */
export function drawCautionBox(writer: PdfWriter, parent: Struct, runs: readonly Run[]): void {
  const { doc, theme } = writer
  writer.checkDeadline()
  const pad = theme.boxPadding
  const bar = 3
  const textX = writer.left + bar + pad
  const textWidth = writer.width - bar - 2 * pad
  const text = runs.map((r) => r.text).join('')
  const height = writer.heightOf(text, textWidth, 'regular', theme.body) + 2 * pad
  writer.ensureSpace(height + theme.paragraphGap)
  const top = doc.y
  writer.artifact(() => {
    doc.save()
    doc.rect(writer.left, top, writer.width, height).fillColor(INK.tint.caution).fill()
    doc.rect(writer.left, top, bar, height).fillColor(INK.caution).fill()
    doc.restore()
  })
  doc.y = top + pad
  writer.tagged(parent, 'P', () => writer.runs(runs, textX, textWidth))
  doc.y = top + height + theme.paragraphGap * 1.5
}
