import { join } from 'node:path'
import { todayIso } from '../../../shared/dates'
import type { CertificateRequest } from '../../../shared/learning/ipc'
import type { LearningRecord } from '../../../shared/learning/schema'
import type { LearningSettings } from '../../../shared/learning/settings'
import { loadHandoutFonts, type HandoutFonts } from '../../handouts/fonts'
import { describeCharacters, undrawableCharacters } from '../../handouts/glyph-coverage'
import { LearningError } from '../errors'
import type { ModuleCatalogue } from '../module-catalogue'
import { certificateData, type CertificateData } from './certificate-data'
import { renderCertificatePdf, type CertificatePdf } from './render-certificate-pdf'

export interface CertificateServiceOptions {
  /** The folder holding `fonts/` (the project's `resources`). */
  resourcesDir: string
  catalogue: ModuleCatalogue
  appVersion: string
  timeoutMs?: number
  now?: () => Date
  loadFonts?: (dir: string) => Promise<HandoutFonts>
}

/** Every piece of typed text the certificate prints, to check against the font first. */
function typedText(data: CertificateData): string[] {
  return [
    data.name,
    data.registration,
    ...data.modules.flatMap((m) => [m.title, ...m.rows.map((r) => r.what)]),
    ...data.teaching.flatMap((t) => [t.title, t.audience]),
    ...data.reflections.flatMap((r) => [r.title, ...r.activities, ...r.answers.map((a) => a.text)]),
  ]
}

/**
 * Certificates in main, with the handouts' fonts (loaded once) and their rule that nothing
 * prints as an empty box: text the font cannot draw is named in the error, before any PDF.
 */
export class CertificateService {
  private fonts?: Promise<HandoutFonts>

  constructor(private readonly options: CertificateServiceOptions) {}

  private loadFonts(): Promise<HandoutFonts> {
    const load = this.options.loadFonts ?? loadHandoutFonts
    this.fonts ??= load(join(this.options.resourcesDir, 'fonts'))
    this.fonts.catch(() => (this.fonts = undefined))
    return this.fonts
  }

  async make(
    record: LearningRecord,
    settings: LearningSettings,
    request: CertificateRequest,
  ): Promise<CertificatePdf> {
    const missing = request.reflectionIds.filter(
      (id) => !record.reflections.some((r) => r.id === id),
    )
    if (missing.length)
      throw new LearningError(
        'not-found',
        'A reflection chosen for the certificate is no longer in your record. Choose the reflections again.',
      )
    const modules = new Map((await this.options.catalogue.all()).map((m) => [m.id, m]))
    const data = certificateData({
      record,
      settings,
      request,
      modules,
      today: todayIso(this.options.now?.() ?? new Date()),
      appVersion: this.options.appVersion,
    })
    const fonts = await this.loadFonts()
    const undrawable = undrawableCharacters(typedText(data), [
      fonts.faces.regular,
      fonts.faces.bold,
    ])
    if (undrawable.length)
      throw new LearningError(
        'font-cannot-draw',
        `The certificate font cannot print ${describeCharacters(undrawable)}. Edit your name or the reflection that has them (emoji or a script the font lacks), then try again.`,
      )
    return renderCertificatePdf(data, fonts, performance.now() + (this.options.timeoutMs ?? 15_000))
  }
}
