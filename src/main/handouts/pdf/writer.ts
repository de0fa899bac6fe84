import type PDFDocument from 'pdfkit'
import type { Run } from '../../../shared/content/model'
import { HandoutError } from '../errors'
import { INK, type PrintTheme } from '../../../shared/handout-theme'
import { HeightCache } from './height-cache'

type Doc = InstanceType<typeof PDFDocument>
type Struct = ReturnType<Doc['struct']>
/** An outline (bookmark) node: the document's root outline or an item under it. */
export type Outline = Doc['outline']

/**
 * Draws tagged text into a pdfkit document: every piece of content sits in a structure element
 * (reading order = drawing order), decoration is marked as an artifact, and long work checks a
 * deadline between blocks so no input can keep the service busy for long. It also records how
 * far down each page content reaches, so a layout can be judged from what was drawn.
 */
export class PdfWriter {
  /** Lowest point content reached on each page (points from the top), by page index. */
  readonly reached: number[] = []

  /**
   * `heights` may be shared by documents set in the same font files (the service's fonts keep
   * one), so a sentence measured for one handout is not measured again for the next.
   */
  constructor(
    readonly doc: Doc,
    readonly theme: PrintTheme,
    private readonly deadline: number,
    private readonly heights = new HeightCache(),
  ) {}

  get left(): number {
    return this.doc.page.margins.left
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }

  get top(): number {
    return this.doc.page.margins.top
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  /** Height of a page's text area. */
  get pageHeight(): number {
    return this.bottom - this.top
  }

  /** Index of the page being drawn on. */
  get pageIndex(): number {
    return this.doc.bufferedPageRange().count - 1
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

  /** Notes that content reaches down to the current position on this page. */
  mark(): void {
    const index = this.pageIndex
    this.reached[index] = Math.max(this.reached[index] ?? this.top, this.doc.y)
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
    if (this.doc.y + height > this.bottom) this.newPage()
  }

  newPage(): void {
    this.mark()
    this.doc.addPage()
  }

  /**
   * Height to keep together at the foot of a page: the whole text if it is short (up to six
   * lines, so a short paragraph never splits mid-sentence), else two lines. Text clearly longer
   * than six lines is not measured, which saves layout work.
   */
  keepTogether(text: string, width: number, size = this.theme.body): number {
    const line = this.lineHeight(size)
    // Noto Sans averages about 0.5 em per character: text estimated past seven lines is surely
    // over six, so it needs no measuring.
    if (text.length * size * 0.5 > 7 * width) return 2 * line
    const height = this.heightOf(text, width, 'regular', size)
    return height <= 6 * line ? height : 2 * line
  }

  heightOf(
    text: string,
    width: number,
    style: 'regular' | 'bold' | 'italic',
    size: number,
  ): number {
    this.font(style, size)
    const lineGap = this.theme.lineGap
    return this.heights.height(text, style, size, width, lineGap, () =>
      this.doc.heightOfString(text || ' ', { width, lineGap }),
    )
  }

  /** Height of a paragraph of runs (measured as one string in the regular face). */
  heightOfRuns(runs: readonly Run[], width = this.width, size = this.theme.body): number {
    return this.heightOf(
      runs.map((r) => r.text).join(''),
      width,
      runs.some((r) => r.bold) ? 'bold' : 'regular',
      size,
    )
  }

  /** Height of a list as `list` draws it. */
  heightOfList(items: readonly (readonly Run[])[], width = this.width, gap?: number): number {
    return (
      items.reduce(
        (sum, item) =>
          sum +
          this.heightOfRuns(item, width - this.theme.indent) +
          (gap ?? this.theme.paragraphGap / 2),
        0,
      ) +
      this.theme.paragraphGap / 2
    )
  }

  /** Decoration (boxes, icons, rules, page furniture) is an artifact, skipped by screen readers. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type })
    draw()
    this.doc.endMarkedContent()
  }

  /** A structure element whose content is drawn by `draw`, added to `parent`. */
  tagged(
    parent: Struct,
    type: string,
    draw: () => void,
    options: { lang?: string; alt?: string; actual?: string } = {},
  ): void {
    parent.add(this.doc.struct(type, options, draw))
    this.mark()
  }

  /**
   * A heading, kept on one page with `keepWith` points of what follows it (its section's first
   * block), so a heading is never the last thing on a page. With `bookmark`, an outline item
   * under `outline` lands on the heading itself, not the page top; it is returned so tiers can
   * nest under their section.
   */
  heading(
    parent: Struct,
    type: 'H1' | 'H2' | 'H3',
    text: string,
    options: {
      bookmark?: Outline
      keepWith?: number
      color?: string
      x?: number
      width?: number
    } = {},
  ): Outline | undefined {
    this.checkDeadline()
    const size = { H1: this.theme.h1, H2: this.theme.h2, H3: this.theme.h3 }[type]
    const x = options.x ?? this.left
    const width = options.width ?? this.width
    const height = this.heightOf(text, width, 'bold', size)
    const after = type === 'H1' ? this.theme.paragraphGap : this.theme.paragraphGap / 2
    const keepWith = Math.min(options.keepWith ?? 2 * this.lineHeight(), this.pageHeight / 2)
    this.ensureSpace(height + after + keepWith)
    const item = options.bookmark ? this.bookmark(options.bookmark, text) : undefined
    this.tagged(parent, type, () => {
      this.font('bold', size).doc.fillColor(options.color ?? INK.heading)
      this.doc.text(text, x, this.doc.y, { width, lineGap: this.theme.lineGap })
    })
    this.doc.fillColor(INK.text)
    this.doc.y += after
    return item
  }

  /** An outline item whose destination is the current position on the current page. */
  bookmark(parent: Outline, title: string): Outline {
    const { width } = this.doc.page
    // pdfkit measures an XYZ destination's left and top back from the page's right and top.
    return parent.addItem(title, {
      top: Math.max(0, this.doc.y - 6),
      left: width,
      zoom: 0,
    } as never)
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
    options: { size?: number; color?: string; lang?: string } = {},
  ): void {
    this.checkDeadline()
    const size = options.size ?? this.theme.body
    const text = runs.map((r) => r.text).join('')
    // A short paragraph stays whole; a long one keeps at least two lines at the foot of a page.
    this.ensureSpace(this.keepTogether(text, this.width, size))
    this.doc.fillColor(options.color ?? INK.text)
    this.tagged(parent, 'P', () => this.runs(runs, this.left, this.width, size), {
      ...(options.lang ? { lang: options.lang } : {}),
    })
    this.doc.fillColor(INK.text)
    this.doc.y += this.theme.paragraphGap
  }

  /**
   * A list: L > LI > Lbl + LBody. `marker` draws each item's label as text (a bullet or a
   * number); `tickBox` draws it as a box announced as a check box. A short list (a third of a
   * page or less) is kept whole on one page; a longer one keeps each item whole.
   */
  list(
    parent: Struct,
    items: readonly (readonly Run[])[],
    options: {
      marker?: (index: number) => string
      tickBox?: (x: number, y: number) => void
      decorate?: (x: number, y: number) => void
      x?: number
      width?: number
      gap?: number
      /**
       * False when the caller has already made room for the whole list (a boxed tier);
       * 'items' keeps each item whole but lets the list start where it is (a flowing tier,
       * whose heading must stay with its first item).
       */
      keepTogether?: boolean | 'items'
      /** Points of what follows to keep with the last item (the clinic block after questions). */
      keepLastWith?: number
      /**
       * Columns of short items, filled top to bottom then left to right, so that text
       * extraction and the tag tree both read the list in one order. Only for a list the
       * caller has made room for whole.
       */
      columns?: number
      columnGap?: number
    } = {},
  ): void {
    const columns = options.columns ?? 1
    const gapBetween = options.columnGap ?? 14
    const fullWidth = options.width ?? this.width
    const width = (fullWidth - (columns - 1) * gapBetween) / columns
    const perColumn = Math.ceil(items.length / columns)
    const startY = this.doc.y
    let bottom = startY
    const columnX = (index: number): number =>
      (options.x ?? this.left) + Math.floor(index / perColumn) * (width + gapBetween)
    const indent = this.theme.indent
    if (options.keepTogether === undefined || options.keepTogether === true) {
      const whole = this.heightOfList(items, fullWidth, options.gap)
      if (whole <= this.pageHeight / 4) this.ensureSpace(whole)
    }
    const list = this.doc.struct('L')
    parent.add(list)
    items.forEach((item, index) => {
      this.checkDeadline()
      const x = columnX(index)
      if (columns > 1 && index % perColumn === 0) {
        bottom = Math.max(bottom, this.doc.y)
        this.doc.y = startY
      }
      const text = item.map((r) => r.text).join('')
      if (options.keepTogether !== false) {
        const last = index === items.length - 1 ? (options.keepLastWith ?? 0) : 0
        this.ensureSpace(this.keepTogether(text, width - indent) + last)
      }
      const y = this.doc.y
      const li = this.doc.struct('LI')
      list.add(li)
      if (options.decorate) this.artifact(() => options.decorate!(x, y))
      if (options.tickBox) {
        // The box is content, not decoration: announced as an empty check box.
        li.add(
          this.doc.struct('Lbl', { actual: '\u2610', alt: 'Check box' }, () =>
            options.tickBox!(x, y),
          ),
        )
      }
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
    if (columns > 1) this.doc.y = Math.max(bottom, this.doc.y)
    list.end()
    this.doc.y += this.theme.paragraphGap / 2
    this.mark()
  }
}
