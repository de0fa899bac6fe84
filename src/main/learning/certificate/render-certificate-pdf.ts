import PDFDocument from 'pdfkit'
import { INK, MARGINS, PAPER, type PrintTheme } from '../../../shared/handout-theme'
import { HandoutError } from '../../handouts/errors'
import type { HandoutFonts } from '../../handouts/fonts'
import { drawPageFurniture } from '../../handouts/pdf/page-furniture'
import { PdfWriter } from '../../handouts/pdf/writer'
import { escapeInfoInXmp } from '../../handouts/render-handout-pdf'
import { LearningError } from '../errors'
import type { CertificateData } from './certificate-data'
import { drawCertificate } from './draw-certificate'

/**
 * Type for a document clinicians and appraisers read at a desk: smaller than a patient
 * leaflet's 12 pt, set in the same Noto Sans.
 */
export const CERTIFICATE_THEME: PrintTheme = {
  body: 10.5,
  small: 8.5,
  h1: 24,
  h2: 14,
  h3: 12,
  lineGap: 1,
  paragraphGap: 4,
  sectionGap: 10,
  indent: 12,
  boxPadding: 8,
}

export interface CertificatePdf {
  bytes: Uint8Array
  pages: number
}

/**
 * The certificate as a tagged PDF made the way handouts are: PDF/UA flag, structure tree in
 * reading order, decoration and page furniture as artifacts, title shown in the window, the
 * document language set, fonts embedded, and generation stopped at a deadline.
 */
export function renderCertificatePdf(
  data: CertificateData,
  fonts: HandoutFonts,
  deadline: number,
): Promise<CertificatePdf> {
  const doc = new PDFDocument({
    size: PAPER.a4.name,
    margins: MARGINS,
    font: null as unknown as string,
    bufferPages: true,
    tagged: true,
    subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: data.title,
      Author: data.name || 'Postcoital Atlas',
      Subject: `Learning record and CPD summary, ${data.periodLabel}`,
      Keywords: 'CPD; appraisal; revalidation; reflection; learning record',
      Creator: 'Postcoital Atlas',
    },
  })
  escapeInfoInXmp(doc)
  const faces = fonts.forDocument()
  doc.registerFont('regular', faces.regular as never)
  doc.registerFont('bold', faces.bold as never)
  doc.registerFont('italic', faces.italic as never)
  doc.font('regular').fontSize(CERTIFICATE_THEME.body).fillColor(INK.text)
  const writer = new PdfWriter(doc, CERTIFICATE_THEME, deadline, fonts.heights)
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  try {
    drawCertificate(doc, writer, data)
    const who = data.name ? `${data.name} · ` : ''
    drawPageFurniture(writer, {
      title: data.title,
      footers: [
        `${who}Postcoital Atlas learning record · ${data.periodLabel}`,
        `${who}${data.periodLabel}`,
      ],
    })
    const pages = doc.bufferedPageRange().count
    doc.end()
    return finished.then(() => ({ bytes: Buffer.concat(chunks), pages }))
  } catch (error) {
    doc.removeAllListeners('data')
    if (error instanceof HandoutError && error.code === 'timeout')
      return Promise.reject(
        new LearningError(
          'timeout',
          'Making the certificate took too long and was stopped. Choose a shorter period or fewer reflections, then try again.',
        ),
      )
    return Promise.reject(error)
  }
}
