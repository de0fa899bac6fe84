import type { IpcRenderer, IpcRendererEvent } from 'electron'
import { PUSH_CHANNELS, type ChannelKey, type PushKey } from '../shared/ipc/channels'
import type { IPC, RequestOf, ResponseOf } from '../shared/ipc/contract'
import type { PresentApi } from '../shared/ipc/present-api'
import type { IpcResult } from '../shared/ipc/result'

type Invoke = <K extends ChannelKey>(
  key: K,
  request?: RequestOf<(typeof IPC)[K]>,
) => Promise<IpcResult<ResponseOf<(typeof IPC)[K]>>>

/**
 * Subscribes to one push channel. The listener gets only the data: the IPC event (whose
 * `sender` is ipcRenderer itself) never reaches the page.
 */
function subscribe(
  ipc: Pick<IpcRenderer, 'on' | 'removeListener'>,
  key: PushKey,
  listener: (data: unknown) => void,
): () => void {
  const forward = (_event: IpcRendererEvent, data: unknown): void => listener(data)
  ipc.on(PUSH_CHANNELS[key], forward)
  return () => {
    ipc.removeListener(PUSH_CHANNELS[key], forward)
  }
}

/** The presenting methods of `window.api`: one per channel, two subscriptions. */
export function presentApi(
  invoke: Invoke,
  ipc: Pick<IpcRenderer, 'on' | 'removeListener'>,
): PresentApi {
  return {
    presentSend: (message) => invoke('presentSend', message),
    presentLeave: (presentation) => invoke('presentLeave', { presentation }),
    onPresentMessage: (listener) => subscribe(ipc, 'presentMessage', listener),
    presentScreens: () => invoke('presentScreens'),
    chooseDisplay: (display) => invoke('chooseDisplay', { display }),
    openAudience: (request) => invoke('openAudience', request),
    swapScreens: () => invoke('swapScreens'),
    closeAudience: () => invoke('closeAudience'),
    onScreensChanged: (listener) => subscribe(ipc, 'screensChanged', listener),
    loadSessions: () => invoke('loadSessions'),
    saveSessions: (value) => invoke('saveSessions', value),
    loadTimings: () => invoke('loadTimings'),
    saveTimings: (value) => invoke('saveTimings', value),
    exportSlides: (request) => invoke('exportSlides', request),
    printReady: (problem) => invoke('printReady', { problem }),
  }
}
