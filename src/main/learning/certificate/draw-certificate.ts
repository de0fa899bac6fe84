import type PDFDocument from 'pdfkit'
import { longDate } from '../../../shared/dates'
import { INK } from '../../../shared/handout-theme'
import { formatMinutes, hoursText } from '../../../shared/learning/claims'
import type { PdfWriter } from '../../handouts/pdf/writer'
import type { CertificateData, CertificateModule, CertificateReflection } from './certificate-data'
import { drawTable } from './pdf-table'

type Doc = InstanceType<typeof PDFDocument>
type Struct = ReturnType<Doc['struct']>

const run = (text: string, bold = false, italic = false) => ({ text, bold, italic })

/** The certificate's fixed wording. */
export const CERTIFICATE_LABELS = {
  kicker: 'Postcoital Atlas · Learning record',
  heading: 'Certificate of learning',
  subheading: 'Continuing professional development summary for appraisal and revalidation',
  certifies: 'This certifies that',
  noName: 'Name (not given in Settings):',
  counting:
    'How time was counted: only while a module was open in front of the reader, the window in use, with input or scrolling in the last two minutes. Idle time was never counted. Time is claimed only with a written reflection, and never more than the time recorded. Preparation for teaching is shown separately.',
  modules: 'Modules',
  objectives: 'Learning objectives',
  teaching: 'Teaching given',
  reflections: 'Reflections',
  reflectedOn: 'Activities reflected on',
  themes: 'Themes of the NMC Code',
  declaration: 'Declaration',
  declarationText:
    'I confirm that this is an accurate record of my learning, and that my reflections do not identify any patient.',
  signature: 'Signature',
  date: 'Date',
  noActivity: 'No learning was recorded in this period.',
} as const

/** Decimal hours for a figure or a table cell: "6.25 h". */
const hours = (seconds: number): string => `${hoursText(seconds)} h`

function drawFigures(writer: PdfWriter, parent: Struct, data: CertificateData): void {
  const { doc, theme } = writer
  const figures: [string, string][] = [
    ['Hours of learning recorded', hoursText(data.totals.trackedSeconds)],
    ['Hours claimed with a reflection', hoursText(data.totals.claimedSeconds)],
    ['Reflections', String(data.totals.reflections)],
    ['Self-checks completed', String(data.totals.selfChecks)],
  ]
  if (data.totals.preparationMinutes)
    figures.splice(2, 0, [
      'Preparation for teaching (hours)',
      hoursText(data.totals.preparationMinutes * 60),
    ])
  const pad = 10
  const width = (writer.width - 2 * pad) / figures.length
  const labelHeight = Math.max(
    ...figures.map(([label]) => writer.heightOf(label, width - 8, 'regular', theme.small)),
  )
  const valueSize = 20
  const height = pad * 2 + labelHeight + writer.lineHeight(valueSize) + 2
  writer.ensureSpace(height + theme.sectionGap)
  const top = doc.y
  writer.artifact(() => {
    doc.roundedRect(writer.left, top, writer.width, height, 6).fillAndStroke('#eef5f4', INK.heading)
  })
  const table = doc.struct('Table')
  parent.add(table)
  const header = doc.struct('TR')
  table.add(header)
  figures.forEach(([label], i) =>
    header.add(
      doc.struct('TH', { scope: 'Column' } as PDFKit.Mixins.StructureElementOptions, () => {
        writer.font('regular', theme.small)
        doc.fillColor(INK.muted)
        doc.text(label, writer.left + pad + i * width + 4, top + pad, { width: width - 8 })
      }),
    ),
  )
  header.end()
  const values = doc.struct('TR')
  table.add(values)
  figures.forEach(([, value], i) =>
    values.add(
      doc.struct('TD', {}, () => {
        writer.font('bold', valueSize)
        doc.fillColor(INK.heading)
        doc.text(value, writer.left + pad + i * width + 4, top + pad + labelHeight + 2, {
          width: width - 8,
          lineBreak: false,
        })
      }),
    ),
  )
  values.end()
  table.end()
  doc.fillColor(INK.text)
  doc.x = writer.left
  doc.y = top + height + theme.sectionGap
  writer.mark()
}

function drawTitleBlock(writer: PdfWriter, root: Struct, data: CertificateData): void {
  const { doc, theme } = writer
  writer.artifact(() => {
    doc.rect(0, 0, doc.page.width, 10).fill(INK.heading)
  })
  writer.paragraph(root, [run(CERTIFICATE_LABELS.kicker.toUpperCase(), true)], {
    size: theme.small,
    color: INK.heading,
  })
  writer.heading(root, 'H1', CERTIFICATE_LABELS.heading, { bookmark: doc.outline })
  writer.paragraph(root, [run(CERTIFICATE_LABELS.subheading)], { color: INK.muted })
  doc.y += theme.sectionGap
  writer.paragraph(root, [run(CERTIFICATE_LABELS.certifies)], { color: INK.muted })
  if (data.name) {
    writer.paragraph(root, [run(data.name, true)], { size: theme.h1 * 0.95, color: INK.text })
  } else {
    writer.paragraph(root, [run(CERTIFICATE_LABELS.noName)], { color: INK.muted })
    const y = doc.y + 4
    writer.artifact(() => {
      doc
        .moveTo(writer.left, y)
        .lineTo(writer.left + writer.width * 0.6, y)
        .lineWidth(0.8)
        .strokeColor(INK.rule)
        .stroke()
    })
    doc.y = y + theme.paragraphGap * 2
  }
  if (data.registration)
    writer.paragraph(root, [run('Registration: ', false), run(data.registration, true)])
  const scope =
    data.scopeLabel === 'All modules'
      ? 'the learning below'
      : `the learning below on ${data.scopeLabel}`
  writer.paragraph(root, [
    run(
      `completed ${scope} in Postcoital Atlas, a teaching atlas for clinicians on cramps, pain and twitching after sex and orgasm, from `,
    ),
    run(data.periodLabel, true),
    run('.'),
  ])
  doc.y += theme.paragraphGap
  drawFigures(writer, root, data)
  writer.paragraph(root, [run(CERTIFICATE_LABELS.counting)], {
    size: theme.small,
    color: INK.muted,
  })
}

function drawModule(
  writer: PdfWriter,
  parent: Struct,
  module: CertificateModule,
  outline: PDFKit.PDFOutline | undefined,
): void {
  const { doc, theme } = writer
  const sect = doc.struct('Sect')
  parent.add(sect)
  writer.heading(sect, 'H3', module.title, {
    ...(outline ? { bookmark: outline } : {}),
    keepWith: 4 * writer.lineHeight(),
  })
  writer.paragraph(
    sect,
    [
      run(`${hours(module.trackedSeconds)} recorded; `),
      run(`${hours(module.claimedSeconds)} claimed with a reflection.`),
    ],
    { size: theme.small + 0.5, color: INK.muted },
  )
  if (module.objectives.length) {
    label(writer, sect, CERTIFICATE_LABELS.objectives, module.objectives[0]!)
    writer.list(
      sect,
      module.objectives.map((o) => [run(o)]),
      { marker: () => '•', gap: 1.5 },
    )
  }
  if (module.selfCheck) writer.paragraph(sect, [run(module.selfCheck)], { size: theme.small + 0.5 })
  drawTable(
    writer,
    sect,
    [
      { header: 'Date', share: 2.2 },
      { header: 'Activity', share: 5.2 },
      { header: 'Time recorded', share: 1.6, align: 'right' },
      { header: 'Claimed', share: 1.4, align: 'right' },
    ],
    module.rows.map((row) => [
      row.when,
      row.what,
      formatMinutes(row.trackedSeconds / 60),
      formatMinutes(row.claimedSeconds / 60),
    ]),
  )
  sect.end()
}

/** A bold label line (“Learning objectives”), never left alone at the foot of a page. */
function label(writer: PdfWriter, parent: Struct, text: string, firstItem: string): void {
  const size = writer.theme.small + 0.5
  const height =
    writer.heightOf(text, writer.width, 'bold', size) +
    writer.heightOf(firstItem, writer.width - writer.theme.indent, 'regular', writer.theme.body) +
    2 * writer.theme.paragraphGap
  writer.ensureSpace(height)
  writer.paragraph(parent, [run(text, true)], { size })
}

/** An H4 (the writer's headings stop at H3), kept with two lines of what follows. */
function subheading(writer: PdfWriter, parent: Struct, text: string): void {
  const { doc, theme } = writer
  const height = writer.heightOf(text, writer.width, 'bold', theme.body)
  writer.ensureSpace(height + 2 * writer.lineHeight() + theme.paragraphGap)
  writer.tagged(parent, 'H4', () => {
    writer.font('bold', theme.body)
    doc.fillColor(INK.heading)
    doc.text(text, writer.left, doc.y, { width: writer.width, lineGap: theme.lineGap })
  })
  doc.fillColor(INK.text)
  doc.y += theme.paragraphGap / 2
}

function drawReflection(
  writer: PdfWriter,
  parent: Struct,
  reflection: CertificateReflection,
  outline: PDFKit.PDFOutline | undefined,
): void {
  const { doc, theme } = writer
  const sect = doc.struct('Sect')
  parent.add(sect)
  writer.heading(sect, 'H3', reflection.title, {
    ...(outline ? { bookmark: outline } : {}),
    // The meta line, the first label and its first item come with the title.
    keepWith: 7 * writer.lineHeight(),
  })
  writer.paragraph(sect, [run(reflection.meta)], { size: theme.small + 0.5, color: INK.muted })
  if (reflection.activities.length) {
    label(writer, sect, CERTIFICATE_LABELS.reflectedOn, reflection.activities[0]!)
    writer.list(
      sect,
      reflection.activities.map((a) => [run(a)]),
      { marker: () => '•', gap: 1 },
    )
  }
  for (const answer of reflection.answers) {
    subheading(writer, sect, answer.label)
    for (const paragraph of answer.text.split(/\n{2,}/)) writer.paragraph(sect, [run(paragraph)])
  }
  if (reflection.themes.length)
    writer.paragraph(sect, [
      run(`${CERTIFICATE_LABELS.themes}: `, true),
      run(reflection.themes.join('; ')),
    ])
  doc.y += theme.sectionGap / 2
  sect.end()
}

function drawDeclaration(writer: PdfWriter, root: Struct, data: CertificateData): void {
  const { doc, theme } = writer
  const sect = doc.struct('Sect')
  root.add(sect)
  writer.heading(sect, 'H2', CERTIFICATE_LABELS.declaration, {
    bookmark: doc.outline,
    keepWith: 6 * writer.lineHeight(),
  })
  writer.paragraph(sect, [run(CERTIFICATE_LABELS.declarationText)])
  doc.y += theme.sectionGap * 1.5
  const y = doc.y + writer.lineHeight()
  const half = writer.width / 2 - 12
  writer.artifact(() => {
    doc.lineWidth(0.8).strokeColor(INK.rule)
    doc
      .moveTo(writer.left, y)
      .lineTo(writer.left + half, y)
      .stroke()
    doc
      .moveTo(writer.left + half + 24, y)
      .lineTo(writer.left + writer.width, y)
      .stroke()
  })
  writer.tagged(sect, 'P', () => {
    writer.font('regular', theme.small)
    doc.fillColor(INK.muted)
    doc.text(CERTIFICATE_LABELS.signature, writer.left, y + 3, { width: half, lineBreak: false })
    doc.text(CERTIFICATE_LABELS.date, writer.left + half + 24, y + 3, {
      width: half,
      lineBreak: false,
    })
  })
  doc.x = writer.left
  doc.y = y + writer.lineHeight(theme.small) + theme.sectionGap
  writer.paragraph(
    sect,
    [
      run(
        `Made on ${longDate(data.madeOn)} by Postcoital Atlas ${data.appVersion} from the learning record kept on the clinician’s own computer. Nothing in it was sent anywhere.`,
      ),
    ],
    { size: theme.small, color: INK.muted },
  )
  sect.end()
}

/** Lays out the whole certificate into `doc`; page furniture is added by the caller. */
export function drawCertificate(doc: Doc, writer: PdfWriter, data: CertificateData): void {
  const root = doc.struct('Document')
  doc.addStructure(root)
  drawTitleBlock(writer, root, data)

  const modules = doc.struct('Sect')
  root.add(modules)
  const modulesOutline = writer.heading(modules, 'H2', CERTIFICATE_LABELS.modules, {
    bookmark: doc.outline,
    keepWith: 8 * writer.lineHeight(),
  })
  if (!data.modules.length) writer.paragraph(modules, [run(CERTIFICATE_LABELS.noActivity)])
  for (const module of data.modules) drawModule(writer, modules, module, modulesOutline)
  modules.end()

  if (data.teaching.length) {
    const teaching = doc.struct('Sect')
    root.add(teaching)
    writer.heading(teaching, 'H2', CERTIFICATE_LABELS.teaching, {
      bookmark: doc.outline,
      keepWith: 4 * writer.lineHeight(),
    })
    drawTable(
      writer,
      teaching,
      [
        { header: 'Date', share: 2.2 },
        { header: 'Title', share: 3.4 },
        { header: 'Audience', share: 3.4 },
        { header: 'Minutes', share: 1.2, align: 'right' },
      ],
      data.teaching.map((t) => [longDate(t.date), t.title, t.audience || '—', String(t.minutes)]),
    )
    teaching.end()
  }

  if (data.reflections.length) {
    const reflections = doc.struct('Sect')
    root.add(reflections)
    const outline = writer.heading(reflections, 'H2', CERTIFICATE_LABELS.reflections, {
      bookmark: doc.outline,
      keepWith: 6 * writer.lineHeight(),
    })
    for (const reflection of data.reflections)
      drawReflection(writer, reflections, reflection, outline)
    reflections.end()
  }

  drawDeclaration(writer, root, data)
  root.end()
}
