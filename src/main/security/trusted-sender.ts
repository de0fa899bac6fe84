import type { IpcMainInvokeEvent } from 'electron'
import { isAppUrl } from './app-origin'

/**
 * Trusts a message only when it comes from the top-level frame of an app window showing the
 * app's own origin: not a subframe, not a page that navigated elsewhere.
 */
export function createTrustedFrameCheck(devServerUrl?: string) {
  return (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame
    if (!frame || frame !== event.sender.mainFrame) return false
    return isAppUrl(frame.url, devServerUrl)
  }
}
