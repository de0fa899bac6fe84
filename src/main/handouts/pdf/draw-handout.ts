import type PDFDocument from 'pdfkit'
import type { Handout, HandoutBlock, HelpTier } from '../../../shared/content/model'
import type { HandoutOptions } from '../../../shared/ipc/handouts'
import type { LayoutOutcome, LayoutPlan } from './layout-plan'
import type { PdfWriter } from './writer'
import { drawHelpTier, helpTierHeight, helpTierPlacement } from './help-box'
import { drawCautionBox } from './caution-box'
import { clinicBlockHeight, drawClinicBlock } from './clinic-block'
import { drawTickBox } from './icons'
import { HANDOUT_LABELS as LABEL, INK } from '../../../shared/handout-theme'
import { longDate, monthYear } from '../../../shared/dates'

type Doc = InstanceType<typeof PDFDocument>
type Struct = ReturnType<Doc['struct']>

const HELP_SECTION = 'When should I get help?'

const plain = (text: string) => [{ text, bold: false, italic: false }]

/** The emergency tier, printed on page 1 so that a patient who keeps one sheet knows when to call 999. */
export function splitHelp(help: readonly HelpTier[]): {
  first: HelpTier | undefined
  rest: HelpTier[]
} {
  const first = help.find((tier) => tier.tier === 'emergency')
  return { first, rest: help.filter((tier) => tier !== first) }
}

/**
 * The emergency tier in a few words a sign, for page 1 when the full list does not fit there
 * (large print): every sign is still named, and the full wording follows in the help section.
 */
export function shortTier(tier: HelpTier): HelpTier {
  return {
    ...tier,
    lead: LABEL.emergencyShortLead,
    items: tier.items.map((item) => ({ ...item, text: item.short ?? item.text })),
  }
}

/** Height of a block as it is drawn, for keeping a heading with its section's first block. */
function blockHeight(writer: PdfWriter, block: HandoutBlock | undefined): number {
  if (!block) return 0
  if (block.type === 'list') return writer.heightOfList(block.items)
  const height = writer.heightOfRuns(
    block.runs,
    block.type === 'caution' ? writer.width - 20 : writer.width,
  )
  return block.type === 'caution' ? height + 2 * writer.theme.boxPadding : height
}

/** What the help heading keeps with it: its intro, the page-1 pointer, and the first tier's box or opening. */
function helpKeepWith(
  writer: PdfWriter,
  blocks: readonly HandoutBlock[],
  pointer: boolean,
  tier: HelpTier | undefined,
): number {
  const intro =
    blocks.reduce((sum, block) => sum + blockHeight(writer, block) + writer.theme.paragraphGap, 0) +
    (pointer
      ? writer.heightOf(LABEL.emergencyAbove, writer.width, 'regular', writer.theme.body)
      : 0)
  if (!tier) return intro
  const heading = writer.heightOf(HELP_SECTION, writer.width, 'bold', writer.theme.h2)
  const { boxed, height, opening } = helpTierPlacement(writer, tier, 'H3', 1, heading + intro, true)
  return intro + (boxed ? height : opening)
}

function drawBlocks(writer: PdfWriter, sect: Struct, blocks: readonly HandoutBlock[]): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') writer.paragraph(sect, block.runs)
    else if (block.type === 'caution') drawCautionBox(writer, sect, block.runs)
    else writer.list(sect, block.items, { marker: (i) => (block.ordered ? `${i + 1}.` : '•') })
  }
}

/** The review line at the foot of the handout. */
function aboutRuns(handout: Handout) {
  return [
    { text: `${LABEL.about} `, bold: true, italic: false },
    {
      text:
        `Last reviewed ${longDate(handout.lastReviewed)}; next review due ${monthYear(handout.nextReview)}. ` +
        `${LABEL.disclaimer} ` +
        `Sources: ${handout.sources.map((s) => s.short).join('; ')}.`,
      bold: false,
      italic: false,
    },
  ]
}

/**
 * Lays out one attempt of a handout: title and summary, the emergency box, the question
 * sections with the remaining help tiers, the checklist and questions in one column (so text
 * extraction reads them in order), the clinic block and the review line. Returns what the
 * layout produced, for the caller to judge.
 */
export function drawHandout(
  doc: Doc,
  writer: PdfWriter,
  handout: Handout,
  options: HandoutOptions,
  plan: LayoutPlan,
): LayoutOutcome {
  const { theme } = writer
  const root = doc.struct('Document')
  doc.addStructure(root)
  const { first, rest } = splitHelp(handout.help)

  const top = writer.heading(root, 'H1', handout.title, { bookmark: doc.outline })
  writer.paragraph(root, plain(handout.summary), { size: theme.body * 1.08, color: INK.muted })
  doc.y += theme.sectionGap / 2

  // Page 1 always names the emergency signs: in full when they fit there, else in a few words
  // each, with the full wording in the help section when the plan has room for it.
  const fullFits =
    plan.emergency === 'full' &&
    first !== undefined &&
    doc.y + helpTierHeight(writer, first, 'H2') <= writer.bottom
  const inHelp = first && !fullFits && plan.emergency !== 'short' ? [first, ...rest] : rest
  // What the short box alone would save, for choosing the next plan if this one overflows.
  const shortColumns = options.largePrint ? 1 : 2
  const shortSaves = !first
    ? 0
    : plan.emergency === 'short'
      ? 0
      : (fullFits
          ? helpTierHeight(writer, first, 'H2') -
            helpTierHeight(writer, shortTier(first), 'H2', shortColumns)
          : helpTierHeight(writer, first, 'H3') + theme.paragraphGap) / writer.pageHeight
  if (first) {
    // Short labels sit in two columns in standard print, where they fit a column's width.
    drawHelpTier(writer, root, fullFits ? first : shortTier(first), {
      heading: 'H2',
      bookmark: top ?? doc.outline,
      columns: fullFits || options.largePrint ? 1 : 2,
    })
    doc.y += theme.sectionGap / 2
  }

  for (const section of handout.sections) {
    const sect = doc.struct('Sect')
    root.add(sect)
    const isHelp = section.title === HELP_SECTION
    const pointer = isHelp && first !== undefined && inHelp[0] !== first
    // The heading moves with its section's first block (a box keeps its own heading inside it).
    // The help heading and its intro also move with the first tier, so "some signs need help
    // fast" never ends a page while its box starts the next.
    const keepWith =
      isHelp && plan.helpKeep
        ? helpKeepWith(writer, section.blocks, pointer, inHelp[0])
        : blockHeight(writer, section.blocks[0])
    const item = writer.heading(sect, 'H2', section.title, {
      bookmark: top ?? doc.outline,
      keepWith,
    })
    drawBlocks(writer, sect, section.blocks)
    if (isHelp) {
      if (pointer)
        writer.paragraph(sect, plain(LABEL.emergencyAbove), { color: INK.tier.emergency })
      // The first tier starts under the intro (flowing on if it must), never alone on the next page.
      inHelp.forEach((tier, index) =>
        drawHelpTier(writer, sect, tier, { heading: 'H3', bookmark: item, stayHere: index === 0 }),
      )
    }
    sect.end()
    doc.y += theme.sectionGap
  }

  if (plan.breakBeforeActions && doc.y > writer.top + 1) writer.newPage()
  const clinicHeight = clinicBlockHeight(writer, options.clinic, options.note)
  const aboutHeight = writer.heightOfRuns(aboutRuns(handout), writer.width, theme.small)
  const columns = [
    { title: LABEL.checklist, items: handout.checklist, tick: true },
    { title: LABEL.questions, items: handout.questions, tick: false },
  ]
  columns.forEach((column, index) => {
    const sect = doc.struct('Sect')
    root.add(sect)
    const items = column.items.map(plain)
    writer.heading(sect, 'H2', column.title, {
      bookmark: top ?? doc.outline,
      keepWith: writer.heightOfList(items),
    })
    const box = theme.body * 0.95
    writer.list(sect, items, {
      ...(column.tick
        ? {
            tickBox: (bx: number, by: number) => drawTickBox(doc, bx, by + theme.body * 0.22, box),
          }
        : { marker: () => '•' }),
      // The clinic block and the review line never stand alone on a last page.
      ...(index === columns.length - 1
        ? { keepLastWith: Math.min(clinicHeight + aboutHeight, writer.pageHeight / 2) }
        : {}),
    })
    sect.end()
    doc.y += theme.sectionGap / 2
  })

  const clinicSect = doc.struct('Sect')
  root.add(clinicSect)
  const clinicPage = writer.pageIndex
  drawClinicBlock(writer, clinicSect, options.clinic, options.note, {
    ...(options.noteLang ? { noteLang: options.noteLang } : {}),
    bookmark: { bookmark: top ?? doc.outline },
  })
  clinicSect.end()
  const clinicAlone =
    writer.pageIndex > clinicPage ||
    (clinicPage > 0 && (writer.reached[clinicPage] ?? 0) <= writer.top)

  const about = doc.struct('Sect')
  root.add(about)
  writer.ensureSpace(aboutHeight)
  const aboutAlone = doc.y <= writer.top + 1 && writer.pageIndex > 0
  writer.paragraph(about, aboutRuns(handout), { size: theme.small, color: INK.muted })
  about.end()
  root.end()
  writer.mark()

  const pages = doc.bufferedPageRange().count
  const fills = Array.from({ length: pages }, (_, i) =>
    Math.max(0, Math.min(1, ((writer.reached[i] ?? writer.top) - writer.top) / writer.pageHeight)),
  )
  return { pages, fills, clinicAlone: clinicAlone || aboutAlone, shortSaves }
}
