import type { PdfWriter } from './writer'
import { INK, PRINTABLE_INSET } from '../../../shared/handout-theme'

/** Shortens `text` with an ellipsis until it fits `width` at the current font and size. */
function fit(writer: PdfWriter, text: string, width: number): string {
  const { doc } = writer
  if (doc.widthOfString(text) <= width) return text
  let cut = text
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}…`
}

/**
 * Running header (from page 2) and "Page N of M" footer on every page, drawn once the page
 * count is known. Both are pagination artifacts, so screen readers skip them. Each is a single
 * unwrapped line placed exactly, so it can never spill onto a new page, and each keeps inside
 * the 10 mm printable margin and clear of the text area. `footers` are tried in order: the
 * first that fits whole is used (a long clinic name drops the atlas's own label before it is
 * shortened itself).
 */
export function drawPageFurniture(
  writer: PdfWriter,
  labels: { title: string; footers: string[] },
): void {
  const { doc, theme } = writer
  const { start, count } = doc.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index)
    const { left, right } = doc.page.margins
    const width = doc.page.width - left - right
    writer.artifact(() => {
      doc.font('regular').fontSize(theme.small).fillColor(INK.muted)
      const line = doc.currentLineHeight(true)
      const pageLabel = `Page ${index - start + 1} of ${count}`
      const pageWidth = doc.widthOfString(pageLabel)
      const room = width - pageWidth - 24
      const footer =
        labels.footers.find((text) => doc.widthOfString(text) <= room) ??
        fit(writer, labels.footers.at(-1) ?? '', room)
      const footerY = doc.page.height - PRINTABLE_INSET - line
      doc.text(footer, left, footerY, { lineBreak: false })
      doc.text(pageLabel, left + width - pageWidth, footerY, { lineBreak: false })
      if (index > start) {
        doc.text(fit(writer, labels.title, width), left, PRINTABLE_INSET, { lineBreak: false })
      }
      doc.fillColor(INK.text)
    }, 'Pagination')
  }
  if (doc.bufferedPageRange().count !== count) {
    throw new Error('page furniture changed the page count')
  }
}
