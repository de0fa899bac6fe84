import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { IpcMain } from 'electron'
import { IPC } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import type { ExportedLearningFile } from '../../shared/learning/ipc'
import { handle, fail, ok, type TrustedFrame } from '../ipc/handle'
import { writeFileAtomic } from '../services/atomic-write'
import type { FileTokens } from '../services/file-tokens'
import { oneAtATime } from '../services/one-at-a-time'
import type { CertificateService } from './certificate/certificate-service'
import { exportWriteError, LearningError } from './errors'
import type { LearningService } from './learning-service'

/** The save dialog's file kinds, each with the extension a file of it must have. */
export type SaveKind = 'pdf' | 'csv' | 'json'

export interface LearningIpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  service: LearningService
  certificates: CertificateService
  files: FileTokens
  /** Shows the save dialog; null when the clinician cancels. */
  chooseSavePath(suggestedName: string, kind: SaveKind): Promise<string | null>
  /** Shows the open dialog for an "Export everything" file; null when cancelled. */
  chooseImportPath(): Promise<string | null>
  /** Asks, in a native dialog the page cannot answer for itself, before deleting the record. */
  confirmDelete(): Promise<boolean>
  write?: (path: string, data: Uint8Array) => Promise<void>
}

/** Larger than any real export (a five-year record is a few megabytes). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

/** A typed name without the right extension gets it: a CSV is named .csv, whatever was typed. */
export function withExtension(path: string, kind: SaveKind): string {
  return extname(path).toLowerCase() === `.${kind}` ? path : `${path}.${kind}`
}

/** Runs `task`, turning a LearningError into the typed answer; anything else is internal. */
async function answer<T>(task: () => Promise<T>): Promise<IpcResult<T>> {
  try {
    return ok(await task())
  } catch (error) {
    if (error instanceof LearningError) return fail(error.code, error.message)
    throw error
  }
}

/** Wires the learning record's channels of the one contract to the service. */
export function registerLearningIpc(deps: LearningIpcDeps): void {
  const { ipcMain, isTrusted, service } = deps
  const write = deps.write ?? writeFileAtomic

  async function save(
    bytes: Uint8Array,
    suggestedName: string,
    kind: SaveKind,
    count: number,
  ): Promise<IpcResult<ExportedLearningFile>> {
    const chosen = await deps.chooseSavePath(suggestedName, kind)
    if (!chosen) return fail('cancelled', 'Not saved: you closed the save dialog.')
    const path = withExtension(chosen, kind)
    try {
      await write(path, bytes)
    } catch (error) {
      const problem = exportWriteError(error)
      return fail(problem.code, problem.message)
    }
    return ok({
      fileName: basename(path),
      path,
      token: kind === 'pdf' ? deps.files.issue(path) : null,
      bytes: bytes.length,
      count,
    })
  }

  // One save or open dialog at a time across all learning exports, as for handouts.
  const busy = () =>
    fail<never>(
      'busy',
      'A learning record file is already being saved or opened. Finish or close that dialog first.',
    )
  const oneDialog = oneAtATime((task: () => Promise<IpcResult<unknown>>) => task(), busy)
  /** Runs `task` unless another learning dialog is open; then answers `busy` at once. */
  const gated =
    <Args extends unknown[], T>(task: (...args: Args) => Promise<IpcResult<T>>) =>
    (...args: Args) =>
      oneDialog(() => task(...args)) as Promise<IpcResult<T>>
  const exportOne = gated(async (request: Parameters<LearningService['exportFile']>[0]) => {
    const file = await service.exportFile(request)
    return save(
      file.bytes,
      file.suggestedName,
      request.format === 'everything-json' ? 'json' : 'csv',
      file.count,
    )
  })
  const certificateOne = gated(
    async (
      request: Parameters<CertificateService['make']>[2],
    ): Promise<IpcResult<ExportedLearningFile>> => {
      const { record, settings } = await service.current()
      let pdf: Awaited<ReturnType<CertificateService['make']>>
      try {
        // Made before the dialog, so a font or content problem is reported before anything is asked.
        pdf = await deps.certificates.make(record, settings, request)
      } catch (error) {
        if (error instanceof LearningError) return fail(error.code, error.message)
        throw error
      }
      const scope = request.moduleId ? `${request.moduleId}-` : ''
      return save(
        pdf.bytes,
        `learning-certificate-${scope}${request.period.start}-to-${request.period.end}.pdf`,
        'pdf',
        pdf.pages,
      )
    },
  )
  const importOne = gated(async () => {
    const path = await deps.chooseImportPath()
    if (!path) return fail<never>('cancelled', 'Nothing was imported: you closed the dialog.')
    const info = await stat(path).catch(() => null)
    if (!info?.isFile())
      return fail<never>(
        'not-found',
        'That file could not be opened. Choose the .json file made by “Export everything”.',
      )
    if (info.size > MAX_IMPORT_BYTES)
      return fail<never>(
        'invalid-request',
        'That file is too large to be a learning record export. Nothing was imported.',
      )
    const text = await readFile(path, 'utf8')
    return answer(() => service.importText(text))
  })

  handle(ipcMain, IPC.getLearning, isTrusted, () => answer(() => service.snapshot()))
  handle(ipcMain, IPC.getLearningOverview, isTrusted, (request) =>
    answer(() => service.overview(request)),
  )
  handle(ipcMain, IPC.trackLearning, isTrusted, (request) => answer(() => service.track(request)))
  handle(ipcMain, IPC.recordSelfCheck, isTrusted, (request) =>
    answer(() => service.selfCheck(request)),
  )
  handle(ipcMain, IPC.recordPresentation, isTrusted, (request) =>
    answer(() => service.presentation(request)),
  )
  handle(ipcMain, IPC.saveReflection, isTrusted, (request) =>
    answer(() => service.saveReflection(request)),
  )
  handle(ipcMain, IPC.deleteReflection, isTrusted, ({ id }) =>
    answer(() => service.deleteReflection(id)),
  )
  handle(ipcMain, IPC.saveReflectionDraft, isTrusted, (draft) =>
    answer(() => service.saveDraft(draft)),
  )
  handle(ipcMain, IPC.discardReflectionDraft, isTrusted, ({ id }) =>
    answer(() => service.discardDraft(id)),
  )
  handle(ipcMain, IPC.exportLearning, isTrusted, (request) => exportOne(request))
  handle(ipcMain, IPC.saveCertificate, isTrusted, (request) => certificateOne(request))
  handle(ipcMain, IPC.importLearning, isTrusted, () => importOne())
  handle(ipcMain, IPC.deleteLearningRecord, isTrusted, async () => {
    if (!(await deps.confirmDelete())) return ok({ deleted: false })
    return answer(async () => {
      await service.deleteEverything()
      return { deleted: true }
    })
  })
}
