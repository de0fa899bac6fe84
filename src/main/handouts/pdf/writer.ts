import type PDFDocument from 'pdfkit'
import type { Run } from '../../../shared/content/model'
import { HandoutError } from '../errors'
import { INK, type PrintTheme } from '../../../shared/handout-theme'

type Doc = InstanceType<typeof PDFDocument>
type Struct = ReturnType<Doc['struct']>

/**
 * Draws tagged text into a pdfkit document: every piece of content sits in a structure element
 * (reading order = drawing order), decoration is marked as an artifact, and long work checks a
 * deadline between blocks so no input can keep the service busy for long.
 */
export class PdfWriter {
  constructor(
    readonly doc: Doc,
    readonly theme: PrintTheme,
    private readonly deadline: number,
  ) {}

  get left(): number {
    return this.doc.page.margins.left
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  /** Throws if generation has run past its time budget. */
  checkDeadline(): void {
    if (performance.now() > this.deadline) {
      throw new HandoutError(
        'timeout',
        'Making the PDF took too long and was stopped. Shorten the clinician’s note and try again.',
      )
    }
  }

  font(style: 'regular' | 'bold' | 'italic', size: number): this {
    this.doc.font(style).fontSize(size)
    return this
  }

  lineHeight(size = this.theme.body): number {
    this.doc.fontSize(size)
    return this.doc.currentLineHeight(true) + this.theme.lineGap
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage()
  }

  /**
   * Height to keep together at the foot of a page: the whole text if it is short, else two
   * lines. Text clearly longer than two lines is not measured, which halves the layout work.
   */
  keepTogether(text: string, width: number, size = this.theme.body): number {
    const twoLines = 2 * this.lineHeight(size)
    // Noto Sans averages about 0.5 em per character: text estimated at 2.5 lines or more is
    // surely over two, so it needs no measuring.
    if (text.length * size * 0.5 > 2.5 * width) return twoLines
    return Math.min(this.heightOf(text, width, 'regular', size), twoLines)
  }

  heightOf(
    text: string,
    width: number,
    style: 'regular' | 'bold' | 'italic',
    size: number,
  ): number {
    this.font(style, size)
    return this.doc.heightOfString(text || ' ', { width, lineGap: this.theme.lineGap })
  }

  /** Decoration (boxes, icons, rules, page furniture) is an artifact, skipped by screen readers. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type })
    draw()
    this.doc.endMarkedContent()
  }

  /** A structure element whose content is drawn by `draw`, added to `parent`. */
  tagged(parent: Struct, type: string, draw: () => void): void {
    parent.add(this.doc.struct(type, {}, draw))
  }

  heading(
    parent: Struct,
    type: 'H1' | 'H2' | 'H3',
    text: string,
    options: { bookmark?: boolean; color?: string; x?: number; width?: number } = {},
  ): void {
    this.checkDeadline()
    const size = { H1: this.theme.h1, H2: this.theme.h2, H3: this.theme.h3 }[type]
    const x = options.x ?? this.left
    const width = options.width ?? this.width
    const height = this.heightOf(text, width, 'bold', size)
    // Keep a heading with at least two lines of what follows it.
    this.ensureSpace(height + 2 * this.lineHeight())
    if (options.bookmark) this.doc.outline.addItem(text)
    this.tagged(parent, type, () => {
      this.font('bold', size).doc.fillColor(options.color ?? INK.heading)
      this.doc.text(text, x, this.doc.y, { width, lineGap: this.theme.lineGap })
    })
    this.doc.fillColor(INK.text)
    this.doc.y += type === 'H1' ? this.theme.paragraphGap : this.theme.paragraphGap / 2
  }

  /** Styled runs as one paragraph at `x`, `width` wide. */
  runs(runs: readonly Run[], x = this.left, width = this.width, size = this.theme.body): void {
    const y = this.doc.y
    runs.forEach((run, index) => {
      this.font(run.bold ? 'bold' : run.italic ? 'italic' : 'regular', size)
      const options = { width, lineGap: this.theme.lineGap, continued: index < runs.length - 1 }
      if (index === 0) this.doc.text(run.text, x, y, options)
      else this.doc.text(run.text, options)
    })
  }

  paragraph(
    parent: Struct,
    runs: readonly Run[],
    options: { size?: number; color?: string } = {},
  ): void {
    this.checkDeadline()
    const size = options.size ?? this.theme.body
    const text = runs.map((r) => r.text).join('')
    // Avoid a lone line at the foot of a page: keep at least two lines together.
    this.ensureSpace(this.keepTogether(text, this.width, size))
    this.doc.fillColor(options.color ?? INK.text)
    this.tagged(parent, 'P', () => this.runs(runs, this.left, this.width, size))
    this.doc.fillColor(INK.text)
    this.doc.y += this.theme.paragraphGap
  }

  /**
   * A list: L > LI > Lbl + LBody. `marker` draws each item's label: a bullet or number as
   * text, or nothing (a tick box drawn as decoration by `decorate`).
   */
  list(
    parent: Struct,
    items: readonly (readonly Run[])[],
    options: {
      marker?: (index: number) => string
      decorate?: (x: number, y: number) => void
      x?: number
      width?: number
      gap?: number
      /** False when the caller has already made room for the whole list (a boxed tier). */
      keepTogether?: boolean
    } = {},
  ): void {
    const x = options.x ?? this.left
    const width = options.width ?? this.width
    const indent = this.theme.indent
    const list = this.doc.struct('L')
    parent.add(list)
    items.forEach((item, index) => {
      this.checkDeadline()
      const text = item.map((r) => r.text).join('')
      if (options.keepTogether !== false) this.ensureSpace(this.keepTogether(text, width - indent))
      const y = this.doc.y
      const li = this.doc.struct('LI')
      list.add(li)
      if (options.decorate) this.artifact(() => options.decorate!(x, y))
      const marker = options.marker?.(index)
      if (marker) {
        this.tagged(li, 'Lbl', () => {
          this.font('regular', this.theme.body)
          this.doc.text(marker, x, y, { width: indent, lineBreak: false })
        })
        this.doc.y = y
      }
      this.tagged(li, 'LBody', () => this.runs(item, x + indent, width - indent))
      li.end()
      this.doc.y += options.gap ?? this.theme.paragraphGap / 2
    })
    list.end()
    this.doc.y += this.theme.paragraphGap / 2
  }
}
