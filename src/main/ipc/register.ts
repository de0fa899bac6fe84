import type { IpcMain } from 'electron'
import { IPC, type AppInfo } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'
import { handle, ok, fail, type TrustedFrame } from './handle'
import type { SettingsStore } from '../services/settings-store'
import { SettingsSaveError, type SettingsSaveReason } from '../services/settings-errors'
import type { Settings } from '../../shared/ipc/settings'
import type { IpcError } from '../../shared/ipc/result'
import type { RouteReport } from '../../shared/ipc/menu'
import type { FileTokens } from '../services/file-tokens'
import { exportedPdfPath, type ExportedPdfProblem } from '../services/exported-pdf'
import { oneAtATime } from '../services/one-at-a-time'
import type { OpenOutcome } from '../security/external-links'
import { exportHandout, type ExportDeps } from '../handouts/export-handout'

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  appInfo: AppInfo
  settings: Pick<SettingsStore, 'get' | 'save'>
  /** Told after every successful save (the menu shows the theme and text size). */
  onSettingsSaved?(settings: Settings): void
  /** Told where the window is, so the menus and the restored page follow it. */
  onRoute?(report: RouteReport): void
  openExternal(url: string): Promise<OpenOutcome>
  handouts: Omit<ExportDeps, 'issueToken'>
  files: FileTokens
  /** Opens a saved file in its default app; resolves to an error string, empty on success. */
  openPath(path: string): Promise<string>
  showInFolder(path: string): void
}

/** Save failures as the renderer sees them: typed by cause, the message says what to do. */
const SAVE_ERROR_CODES: Record<SettingsSaveReason, IpcError['code']> = {
  'disk-full': 'disk-full',
  'no-permission': 'no-permission',
  'read-only': 'read-only',
  blocked: 'write-failed',
  failed: 'write-failed',
}

/** What the clinician reads when Open or Show in folder cannot act on a token. */
const FILE_PROBLEMS: Record<ExportedPdfProblem, { open: string; show: string }> = {
  'unknown-token': {
    open: 'That file is no longer known to the app. Open it from its folder instead.',
    show: 'That file is no longer known to the app. Look for it in the folder you chose.',
  },
  'not-a-pdf': {
    open: 'Only the PDF the app saved can be opened from here.',
    show: 'Only the PDF the app saved can be shown from here.',
  },
  gone: {
    open: 'The PDF could not be opened. It may have been moved or deleted.',
    show: 'The PDF is no longer where it was saved. It may have been moved or deleted.',
  },
}

/** Wires every channel of the contract to its handler. */
export function registerIpc(deps: IpcDeps): void {
  const { ipcMain, isTrusted } = deps
  handle(ipcMain, IPC.appInfo, isTrusted, () => ok(deps.appInfo))
  handle(ipcMain, IPC.openExternal, isTrusted, async ({ url }) => {
    const outcome = await deps.openExternal(url)
    if (outcome === 'refused')
      return fail(
        'invalid-request',
        'Only https:// web addresses and plain mailto: email links can be opened outside the app.',
      )
    if (outcome === 'busy')
      return fail('busy', 'Another link is waiting for your answer. Answer that question first.')
    return ok({ opened: outcome === 'opened' })
  })
  handle(ipcMain, IPC.getSettings, isTrusted, async () => ok(await deps.settings.get()))
  // One save at a time: each export opens a dialog, and a second would queue behind it unseen.
  const exportOne = oneAtATime(
    (request: Parameters<typeof exportHandout>[0]) =>
      exportHandout(request, { ...deps.handouts, issueToken: (path) => deps.files.issue(path) }),
    () =>
      fail(
        'busy',
        'A handout is already being saved. Finish or close that save dialog, then try again.',
      ),
  )
  handle(ipcMain, IPC.exportHandout, isTrusted, (request) => exportOne(request))
  handle(ipcMain, IPC.openExportedFile, isTrusted, async ({ token }) => {
    const file = await exportedPdfPath(deps.files, token)
    if ('problem' in file) return fail('not-found', FILE_PROBLEMS[file.problem].open)
    const problem = await deps.openPath(file.path)
    return problem
      ? fail(
          'not-found',
          `The PDF could not be opened (${problem}). It may have been moved or deleted.`,
        )
      : ok(null)
  })
  handle(ipcMain, IPC.showExportedFile, isTrusted, async ({ token }): Promise<IpcResult<null>> => {
    const file = await exportedPdfPath(deps.files, token)
    if ('problem' in file) return fail('not-found', FILE_PROBLEMS[file.problem].show)
    deps.showInFolder(file.path)
    return ok(null)
  })
  handle(ipcMain, IPC.reportRoute, isTrusted, (report) => {
    deps.onRoute?.(report)
    return ok(null)
  })
  handle(ipcMain, IPC.saveSettings, isTrusted, async (settings) => {
    try {
      const saved = await deps.settings.save(settings)
      deps.onSettingsSaved?.(saved)
      return ok(saved)
    } catch (error) {
      if (!(error instanceof SettingsSaveError)) throw error
      return fail(SAVE_ERROR_CODES[error.reason], error.message)
    }
  })
}
