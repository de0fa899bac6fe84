import type { IpcMain } from 'electron'
import { IPC, type AppInfo } from '../../shared/ipc/contract'
import { handle, ok, fail, type TrustedFrame } from './handle'
import type { SettingsStore } from '../services/settings-store'

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  appInfo: AppInfo
  settings: SettingsStore
  openExternal(url: string): Promise<boolean>
}

/** Wires every channel of the contract to its handler. */
export function registerIpc(deps: IpcDeps): void {
  const { ipcMain, isTrusted } = deps
  handle(ipcMain, IPC.appInfo, isTrusted, () => ok(deps.appInfo))
  handle(ipcMain, IPC.openExternal, isTrusted, async ({ url }) => {
    if (!/^https:\/\//i.test(url)) {
      return fail('invalid-request', 'Only https:// links can be opened in your browser.')
    }
    return ok({ opened: await deps.openExternal(url) })
  })
  handle(ipcMain, IPC.getSettings, isTrusted, async () => ok(await deps.settings.load()))
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
