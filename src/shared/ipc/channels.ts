/**
 * IPC channel names, namespaced by service. Kept free of dependencies so the sandboxed preload
 * can import them without bundling the schema library; `contract.ts` adds the schemas.
 */
export const CHANNELS = {
  appInfo: 'app:info',
  openExternal: 'links:open-external',
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  exportHandout: 'handouts:export',
  openExportedFile: 'files:open',
  showExportedFile: 'files:show',
} as const

export type ChannelKey = keyof typeof CHANNELS
