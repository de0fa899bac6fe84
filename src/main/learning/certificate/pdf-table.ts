import type PDFDocument from 'pdfkit'
import { INK } from '../../../shared/handout-theme'
import type { PdfWriter } from '../../handouts/pdf/writer'

type Struct = ReturnType<InstanceType<typeof PDFDocument>['struct']>

export interface TableColumn {
  header: string
  /** Share of the table's width. */
  share: number
  align?: 'left' | 'right'
}

const PAD_X = 5
const PAD_Y = 3.5

/**
 * A tagged table (Table > TR > TH/TD, header cells scoped to their columns) drawn row by row.
 * A row never splits across pages; on a new page the header row is drawn again as a
 * pagination artifact, so a screen reader hears it once and a reader on paper sees it on
 * every page. Rows are shaded alternately for reading across on paper.
 */
export function drawTable(
  writer: PdfWriter,
  parent: Struct,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: { size?: number } = {},
): void {
  const { doc, theme } = writer
  const size = options.size ?? theme.small + 0.5
  const total = columns.reduce((sum, c) => sum + c.share, 0)
  const widths = columns.map((c) => (writer.width * c.share) / total)
  const xs = widths.map((_, i) => writer.left + widths.slice(0, i).reduce((s, w) => s + w, 0))
  const table = doc.struct('Table')
  parent.add(table)

  const heightOf = (cells: readonly string[], style: 'regular' | 'bold'): number =>
    Math.max(
      ...cells.map((text, i) => writer.heightOf(text, widths[i]! - 2 * PAD_X, style, size)),
    ) +
    2 * PAD_Y

  const drawCells = (cells: readonly string[], y: number, height: number, header: boolean) =>
    cells.map((text, i) => () => {
      writer.font(header ? 'bold' : 'regular', size)
      doc.fillColor(header ? INK.heading : INK.text)
      doc.text(text, xs[i]! + PAD_X, y + PAD_Y, {
        width: widths[i]! - 2 * PAD_X,
        align: columns[i]!.align ?? 'left',
        lineGap: theme.lineGap,
        height: height - PAD_Y,
      })
    })

  const rule = (y: number, weight: number, color: string = INK.rule) =>
    writer.artifact(() => {
      doc
        .moveTo(writer.left, y)
        .lineTo(writer.left + writer.width, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
    })

  const headerCells = columns.map((c) => c.header)
  const headerHeight = heightOf(headerCells, 'bold')

  const drawHeader = (tagged: boolean): void => {
    const y = doc.y
    if (tagged) {
      const tr = doc.struct('TR')
      table.add(tr)
      drawCells(headerCells, y, headerHeight, true).forEach((draw) =>
        tr.add(
          doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions, draw),
        ),
      )
      tr.end()
    } else {
      writer.artifact(
        () => drawCells(headerCells, y, headerHeight, true).forEach((d) => d()),
        'Pagination',
      )
    }
    rule(y + headerHeight, 1, INK.heading)
    doc.y = y + headerHeight
    writer.mark()
  }

  writer.checkDeadline()
  // The header and the first row stay together.
  writer.ensureSpace(headerHeight + (rows[0] ? heightOf(rows[0], 'regular') : 0))
  drawHeader(true)
  rows.forEach((cells, index) => {
    if (index % 25 === 0) writer.checkDeadline()
    const height = heightOf(cells, 'regular')
    if (doc.y + height > writer.bottom) {
      writer.newPage()
      drawHeader(false)
    }
    const y = doc.y
    if (index % 2 === 1)
      writer.artifact(() => {
        doc.rect(writer.left, y, writer.width, height).fill('#f3f1ec')
      })
    const tr = doc.struct('TR')
    table.add(tr)
    drawCells(cells, y, height, false).forEach((draw) => tr.add(doc.struct('TD', {}, draw)))
    tr.end()
    doc.y = y + height
    writer.mark()
  })
  rule(doc.y, 0.6)
  table.end()
  doc.fillColor(INK.text)
  doc.x = writer.left
  doc.y += theme.paragraphGap * 2
}
