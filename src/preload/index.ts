import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type ChannelKey } from '../shared/ipc/channels'
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
}

contextBridge.exposeInMainWorld('api', api)
