import type PDFDocument from 'pdfkit'
import type { HelpTier } from '../../../shared/content/model'
import type { Outline, PdfWriter } from './writer'
import { drawTierIcon } from './icons'
import { INK, TIER_BORDER } from '../../../shared/handout-theme'

type Struct = ReturnType<InstanceType<typeof PDFDocument>['struct']>

const COLUMN_GAP = 14

/** Items split into columns, filled top to bottom and then left to right (reading order). */
function columnsOf<T>(items: readonly T[], columns: number): T[][] {
  const perColumn = Math.ceil(items.length / columns)
  return Array.from({ length: columns }, (_, c) => items.slice(c * perColumn, (c + 1) * perColumn))
}

/** Measures a tier box as `drawHelpTier` draws it. */
export function helpTierHeight(
  writer: PdfWriter,
  tier: HelpTier,
  heading: 'H2' | 'H3',
  columns = 1,
): number {
  const { theme } = writer
  const { textWidth, size } = geometry(writer, heading)
  const pad = theme.boxPadding
  const actionHeight = writer.heightOf(tier.action, textWidth, 'bold', size)
  const leadHeight = writer.heightOf(tier.lead, textWidth, 'regular', theme.body)
  const columnWidth = (textWidth - (columns - 1) * COLUMN_GAP) / columns
  const itemsHeight = Math.max(
    ...columnsOf(tier.items, columns).map((column) =>
      column.reduce(
        (sum, item) =>
          sum +
          writer.heightOf(item.text, columnWidth - theme.indent, 'regular', theme.body) +
          theme.paragraphGap / 2,
        0,
      ),
    ),
  )
  return pad + actionHeight + leadHeight + theme.paragraphGap / 2 + itemsHeight + pad
}

function geometry(writer: PdfWriter, heading: 'H2' | 'H3') {
  const { theme } = writer
  const size = heading === 'H2' ? theme.h2 : theme.h3
  const pad = theme.boxPadding
  const iconSize = size * 1.6
  const textX = writer.left + pad + iconSize + pad
  const textWidth = writer.width - (textX - writer.left) - pad
  return { size, pad, iconSize, textX, textWidth }
}

/**
 * One help tier as a box: the tier's action as its heading, where to go, and the red flags in
 * patient words. The box is kept whole on one page; its border, tint and icon are decoration,
 * and its words carry the meaning. A tier taller than a page flows with a coloured rule instead.
 */
/**
 * How a tier will be placed from the current position. A box is drawn whole where it fits in the
 * space left on this page, or on a fresh page when little space is left here. Otherwise moving it
 * would leave a large gap (and a near-empty page), so it flows across the page break, its heading,
 * where-to-go line and first sign (`opening`) kept together. `before` is the height of what will
 * be drawn ahead of it on this page (a section heading and its intro), for planning that heading.
 * `stayHere` never moves a box to the next page: it flows from here instead, so the first tier
 * starts right under the section's heading and intro.
 */
export function helpTierPlacement(
  writer: PdfWriter,
  tier: HelpTier,
  heading: 'H2' | 'H3',
  columns = 1,
  before = 0,
  stayHere = false,
): { boxed: boolean; height: number; opening: number } {
  const { theme } = writer
  const { size, pad, textWidth } = geometry(writer, heading)
  const height = helpTierHeight(writer, tier, heading, columns)
  const remaining = writer.bottom - writer.doc.y - before
  const boxed =
    height <= remaining ||
    (!stayHere && height <= writer.pageHeight && remaining < writer.pageHeight * 0.2)
  const opening =
    pad +
    writer.heightOf(tier.action, textWidth, 'bold', size) +
    writer.heightOf(tier.lead, textWidth, 'regular', theme.body) +
    theme.paragraphGap / 2 +
    writer.heightOf(tier.items[0]?.text ?? '', textWidth - theme.indent, 'regular', theme.body)
  return { boxed, height, opening }
}

export function drawHelpTier(
  writer: PdfWriter,
  parent: Struct,
  tier: HelpTier,
  options: { heading: 'H2' | 'H3'; bookmark?: Outline; columns?: number; stayHere?: boolean },
): void {
  const { doc, theme } = writer
  writer.checkDeadline()
  const color = INK.tier[tier.tier]
  const { size, pad, iconSize, textX, textWidth } = geometry(writer, options.heading)
  const columns = options.columns ?? 1
  const height = helpTierHeight(writer, tier, options.heading, columns)
  const { boxed, opening } = helpTierPlacement(
    writer,
    tier,
    options.heading,
    columns,
    0,
    options.stayHere,
  )
  writer.ensureSpace(boxed ? height + theme.paragraphGap : opening + theme.paragraphGap)
  const top = doc.y
  writer.artifact(() => {
    doc.save()
    if (boxed) {
      doc
        .roundedRect(writer.left, top, writer.width, height, 6)
        .fillColor(INK.tint[tier.tier])
        .fill()
      doc
        .roundedRect(writer.left, top, writer.width, height, 6)
        .lineWidth(TIER_BORDER[tier.tier])
        .strokeColor(color)
        .stroke()
    }
    doc.restore()
    drawTierIcon(doc, tier.tier, writer.left + pad, top + pad, iconSize, color)
  })
  const section = doc.struct('Sect')
  parent.add(section)
  doc.y = top + pad
  if (options.bookmark) writer.bookmark(options.bookmark, tier.action)
  writer.tagged(section, options.heading, () => {
    writer.font('bold', size)
    doc
      .fillColor(color)
      .text(tier.action, textX, doc.y, { width: textWidth, lineGap: theme.lineGap })
  })
  doc.fillColor(INK.text)
  writer.tagged(section, 'P', () => {
    writer.font('regular', theme.body)
    doc.text(tier.lead, textX, doc.y, { width: textWidth, lineGap: theme.lineGap })
  })
  doc.y += theme.paragraphGap / 2
  writer.list(
    section,
    tier.items.map(({ text }) => [{ text, bold: false, italic: false }]),
    {
      marker: () => '•',
      x: textX,
      width: textWidth,
      gap: theme.paragraphGap / 2,
      keepTogether: boxed ? false : 'items',
      ...(boxed && columns > 1 ? { columns, columnGap: COLUMN_GAP } : {}),
      ...(boxed
        ? {}
        : {
            decorate: (_x: number, y: number) => {
              doc
                .save()
                .rect(writer.left, y, TIER_BORDER[tier.tier] + 1, writer.lineHeight())
                .fillColor(color)
                .fill()
                .restore()
            },
          }),
    },
  )
  section.end()
  doc.y = boxed ? top + height + theme.paragraphGap * 1.5 : doc.y + theme.paragraphGap * 1.5
  writer.mark()
}
