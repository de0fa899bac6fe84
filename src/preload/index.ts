import { contextBridge, ipcRenderer } from 'electron'
import { IPC, type Channel, type RequestOf, type ResponseOf } from '../shared/ipc/contract'
import type { AtlasApi } from '../shared/ipc/api'
import type { IpcResult } from '../shared/ipc/result'

function invoke<C extends Channel>(
  channel: C,
  request?: RequestOf<C>,
): Promise<IpcResult<ResponseOf<C>>> {
  return ipcRenderer.invoke(channel.name, request)
}

/** One method per channel; ipcRenderer itself never reaches the page. */
const api: AtlasApi = {
  appInfo: () => invoke(IPC.appInfo),
  openExternal: (url) => invoke(IPC.openExternal, { url }),
  getSettings: () => invoke(IPC.getSettings),
  saveSettings: (settings) => invoke(IPC.saveSettings, settings),
}

contextBridge.exposeInMainWorld('api', api)
