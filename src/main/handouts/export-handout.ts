import { basename, extname } from 'node:path'
import type { ExportedHandout, HandoutOptions } from '../../shared/ipc/handouts'
import { suggestedFileName } from '../../shared/ipc/handouts'
import { fail, ok, type IpcResult } from '../../shared/ipc/result'
import { HandoutError, writeErrorMessage } from './errors'
import type { RenderResult } from './render-handout-pdf'

export interface ExportDeps {
  generate(topicId: string, options: HandoutOptions): Promise<RenderResult>
  /** Shows the save dialog; `null` when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>
  write(path: string, bytes: Uint8Array): Promise<void>
  issueToken(path: string): string
}

/**
 * The save dialog's filter does not stop a typed name such as "leaflet.txt" or "leaflet.exe";
 * the file is a PDF, so it is named as one, and only such a file is ever opened again.
 */
export function withPdfExtension(path: string): string {
  return isPdfPath(path) ? path : `${path}.pdf`
}

export function isPdfPath(path: string): boolean {
  return extname(path).toLowerCase() === '.pdf'
}

/**
 * `handouts:export`: make the PDF first (so a font or text problem is reported before any
 * dialog), ask where to save, write atomically, and answer with a token for Open / Show.
 * Every failure becomes a typed error with a message that says what to do.
 */
export async function exportHandout(
  request: { topicId: string; options: HandoutOptions },
  deps: ExportDeps,
): Promise<IpcResult<ExportedHandout>> {
  let pdf: RenderResult
  try {
    pdf = await deps.generate(request.topicId, request.options)
  } catch (error) {
    if (error instanceof HandoutError) return fail(error.code, error.message)
    console.error('[handouts] generation failed', error)
    return fail(
      'internal',
      'The PDF could not be made. Try again; if it keeps happening, restart the app.',
    )
  }
  const chosen = await deps.chooseSavePath(suggestedFileName(request.topicId))
  if (!chosen) return fail('cancelled', 'Not saved: you closed the save dialog.')
  const path = withPdfExtension(chosen)
  try {
    await deps.write(path, pdf.bytes)
  } catch (error) {
    return fail('write-failed', writeErrorMessage(error))
  }
  return ok({
    fileName: basename(path),
    path,
    token: deps.issueToken(path),
    pages: pdf.pages,
    bytes: pdf.bytes.length,
  })
}
