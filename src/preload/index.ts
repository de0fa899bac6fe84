import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS, PUSH_CHANNELS, type ChannelKey } from '../shared/ipc/channels'
import type { IPC, RequestOf, ResponseOf } from '../shared/ipc/contract'
import type { AtlasApi } from '../shared/ipc/api'
import type { IpcResult } from '../shared/ipc/result'
import { presentApi } from './present'
import { learningApi } from './learning-api'

function invoke<K extends ChannelKey>(
  key: K,
  request?: RequestOf<(typeof IPC)[K]>,
): Promise<IpcResult<ResponseOf<(typeof IPC)[K]>>> {
  return ipcRenderer.invoke(CHANNELS[key], request)
}

/** One method per channel; ipcRenderer itself never reaches the page. */
const api: AtlasApi = {
  appInfo: () => invoke('appInfo'),
  openExternal: (url) => invoke('openExternal', { url }),
  getSettings: () => invoke('getSettings'),
  saveSettings: (settings) => invoke('saveSettings', settings),
  exportHandout: (request) => invoke('exportHandout', request),
  openExportedFile: (token) => invoke('openExportedFile', { token }),
  showExportedFile: (token) => invoke('showExportedFile', { token }),
  ...presentApi(invoke, ipcRenderer),
  ...learningApi(invoke),
  reportRoute: (report) => invoke('reportRoute', report),
  onMenuCommand(listener) {
    // Only the payload reaches the page, never the event (it carries the sender).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(PUSH_CHANNELS.menuCommand, forward)
    return () => void ipcRenderer.removeListener(PUSH_CHANNELS.menuCommand, forward)
  },
}

contextBridge.exposeInMainWorld('api', api)
