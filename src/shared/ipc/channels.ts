import { LEARNING_CHANNELS } from '../learning/channels'

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
  ...LEARNING_CHANNELS,
  presentSend: 'present:send',
  presentLeave: 'present:leave',
  presentScreens: 'present:screens',
  chooseDisplay: 'present:choose-display',
  openAudience: 'present:open-audience',
  swapScreens: 'present:swap-screens',
  closeAudience: 'present:close-audience',
  loadSessions: 'present:load-sessions',
  saveSessions: 'present:save-sessions',
  loadTimings: 'present:load-timings',
  saveTimings: 'present:save-timings',
  exportSlides: 'present:export-pdf',
  printReady: 'present:print-ready',
  reportRoute: 'app:route',
} as const

export type ChannelKey = keyof typeof CHANNELS

/**
 * What main pushes to windows (`webContents.send`), never asked for by name: the presentation
 * state broadcast to both views, and the screens when they change. Payloads are validated by
 * the renderer with the schemas in `present.ts`.
 */
export const PUSH_CHANNELS = {
  presentMessage: 'present:message',
  screensChanged: 'present:screens-changed',
  /** A menu item's command for the app window (schema: `menu.ts`). */
  menuCommand: 'menu:command',
} as const

export type PushKey = keyof typeof PUSH_CHANNELS
