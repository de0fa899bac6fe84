import type { IpcMain } from 'electron'
import { IPC, type AppInfo } from '../../shared/ipc/contract'
import { handle, ok, fail, type TrustedFrame } from './handle'
import type { SettingsStore } from '../services/settings-store'
import type { FileTokens } from '../services/file-tokens'
import { exportHandout, type ExportDeps } from '../handouts/export-handout'

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  appInfo: AppInfo
  settings: SettingsStore
  openExternal(url: string): Promise<boolean>
  handouts: Omit<ExportDeps, 'issueToken'>
  files: FileTokens
  /** Opens a saved file in its default app; resolves to an error string, empty on success. */
  openPath(path: string): Promise<string>
  showInFolder(path: string): void
}

/** Wires every channel of the contract to its handler. */
export function registerIpc(deps: IpcDeps): void {
  const { ipcMain, isTrusted } = deps
  handle(ipcMain, IPC.appInfo, isTrusted, () => ok(deps.appInfo))
  handle(ipcMain, IPC.openExternal, isTrusted, async ({ url }) => {
    if (!/^(https:\/\/|mailto:)/i.test(url)) {
      return fail(
        'invalid-request',
        'Only https:// and mailto: links can be opened outside the app.',
      )
    }
    return ok({ opened: await deps.openExternal(url) })
  })
  handle(ipcMain, IPC.getSettings, isTrusted, async () => ok(await deps.settings.load()))
  handle(ipcMain, IPC.exportHandout, isTrusted, (request) =>
    exportHandout(request, { ...deps.handouts, issueToken: (path) => deps.files.issue(path) }),
  )
  handle(ipcMain, IPC.openExportedFile, isTrusted, async ({ token }) => {
    const path = deps.files.resolve(token)
    if (!path)
      return fail(
        'not-found',
        'That file is no longer known to the app. Open it from its folder instead.',
      )
    const problem = await deps.openPath(path)
    return problem
      ? fail(
          'not-found',
          `The PDF could not be opened (${problem}). It may have been moved or deleted.`,
        )
      : ok(null)
  })
  handle(ipcMain, IPC.showExportedFile, isTrusted, ({ token }) => {
    const path = deps.files.resolve(token)
    if (!path)
      return fail(
        'not-found',
        'That file is no longer known to the app. Look for it in the folder you chose.',
      )
    deps.showInFolder(path)
    return ok(null)
  })
  handle(ipcMain, IPC.saveSettings, isTrusted, async (settings) => {
    try {
      return ok(await deps.settings.save(settings))
    } catch {
      return fail(
        'write-failed',
        'Your settings could not be saved. Check that your user folder has free space, then try again.',
      )
    }
  })
}
