import type PDFDocument from 'pdfkit'
import type { Handout } from '../../../shared/content/model'
import type { PdfWriter } from './writer'
import { drawTierIcon } from './icons'
import { INK, TIER_BORDER } from '../../../shared/handout-theme'

type Struct = ReturnType<InstanceType<typeof PDFDocument>['struct']>

/**
 * "When should I get help?" as boxed tiers, most urgent first. Each box is kept whole on
 * one page; its border, tint and icon are decoration, and its words carry the meaning.
 */
export function drawHelpBox(writer: PdfWriter, parent: Struct, help: Handout['help']): void {
  const { doc, theme } = writer
  for (const { tier, action, lead, items } of help) {
    writer.checkDeadline()
    const color = INK.tier[tier]
    const pad = theme.boxPadding
    const iconSize = theme.h3 * 1.6
    const textX = writer.left + pad + iconSize + pad
    const textWidth = writer.width - (textX - writer.left) - pad
    const actionHeight = writer.heightOf(action, textWidth, 'bold', theme.h3)
    const leadHeight = writer.heightOf(lead, textWidth, 'regular', theme.body)
    const itemsHeight = items.reduce(
      (sum, item) =>
        sum +
        writer.heightOf(item.text, textWidth - theme.indent, 'regular', theme.body) +
        theme.paragraphGap / 2,
      0,
    )
    const height = pad + actionHeight + leadHeight + theme.paragraphGap / 2 + itemsHeight + pad
    // A tier taller than a page (very long items in large print) cannot be boxed; it flows
    // across pages with a coloured rule beside each item instead.
    const boxed = height <= writer.bottom - doc.page.margins.top
    writer.ensureSpace(
      boxed ? height + theme.paragraphGap : actionHeight + leadHeight + 2 * writer.lineHeight(),
    )
    const top = doc.y
    writer.artifact(() => {
      doc.save()
      if (boxed) {
        doc.roundedRect(writer.left, top, writer.width, height, 6).fillColor(INK.tint[tier]).fill()
        doc
          .roundedRect(writer.left, top, writer.width, height, 6)
          .lineWidth(TIER_BORDER[tier])
          .strokeColor(color)
          .stroke()
      }
      doc.restore()
      drawTierIcon(doc, tier, writer.left + pad, top + pad, iconSize, color)
    })
    const section = doc.struct('Sect')
    parent.add(section)
    doc.y = top + pad
    writer.tagged(section, 'H3', () => {
      writer.font('bold', theme.h3)
      doc.fillColor(color).text(action, textX, doc.y, { width: textWidth, lineGap: theme.lineGap })
    })
    doc.fillColor(INK.text)
    writer.tagged(section, 'P', () => {
      writer.font('regular', theme.body)
      doc.text(lead, textX, doc.y, { width: textWidth, lineGap: theme.lineGap })
    })
    doc.y += theme.paragraphGap / 2
    writer.list(
      section,
      items.map(({ text }) => [{ text, bold: false, italic: false }]),
      {
        marker: () => '•',
        x: textX,
        width: textWidth,
        gap: theme.paragraphGap / 2,
        keepTogether: !boxed,
        ...(boxed
          ? {}
          : {
              decorate: (_x: number, y: number) => {
                doc
                  .save()
                  .rect(writer.left, y, TIER_BORDER[tier] + 1, writer.lineHeight())
                  .fillColor(color)
                  .fill()
                  .restore()
              },
            }),
      },
    )
    section.end()
    doc.y = boxed ? top + height + theme.paragraphGap * 1.5 : doc.y + theme.paragraphGap * 1.5
  }
}
