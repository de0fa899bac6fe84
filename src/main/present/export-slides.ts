import { basename } from 'node:path'
import type { ExportedSlides, ExportSlidesRequest } from '../../shared/ipc/present'
import { suggestedSlidesName } from '../../shared/ipc/present'
import { fail, ok, type IpcResult } from '../../shared/ipc/result'
import { writeErrorMessage } from '../handouts/errors'
import { withPdfExtension } from '../handouts/export-handout'
import { countPdfPages, PrintError } from './slide-printer'

export interface ExportSlidesDeps {
  print(request: ExportSlidesRequest): Promise<Uint8Array>
  /** Shows the save dialog; `null` when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  write(path: string, bytes: Uint8Array): Promise<void>
  issueToken(path: string): string
}

/**
 * `present:export-pdf`, the handouts' path for slides: print first (so a problem is reported
 * before any dialog), ask where to save, name the file as a PDF, write it atomically, and
 * answer with a token for Open / Show in folder. Every failure is a typed error in plain words.
 */
export async function exportSlides(
  request: ExportSlidesRequest,
  deps: ExportSlidesDeps,
): Promise<IpcResult<ExportedSlides>> {
  let pdf: Uint8Array
  try {
    pdf = await deps.print(request)
  } catch (error) {
    if (error instanceof PrintError) return fail(error.code, error.message)
    console.error('[present] printing failed', error)
    return fail(
      'internal',
      'The slides could not be printed to PDF. Try again; if it keeps happening, restart the app.',
    )
  }
  const chosen = await deps.chooseSavePath(suggestedSlidesName(request.source, request.options))
  if (!chosen) return fail('cancelled', 'Not saved: you closed the save dialog.')
  const path = withPdfExtension(chosen)
  try {
    await deps.write(path, pdf)
  } catch (error) {
    return fail('write-failed', writeErrorMessage(error))
  }
  return ok({
    fileName: basename(path),
    path,
    token: deps.issueToken(path),
    pages: countPdfPages(pdf),
    bytes: pdf.length,
  })
}
