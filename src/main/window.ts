import type { BrowserWindowConstructorOptions } from 'electron'

/** Light and dark window backgrounds, matching the renderer's page colour to avoid a flash. */
const BACKGROUND = { light: '#f7f5f0', dark: '#111518' } as const

/**
 * Options for the app window. Security settings follow Electron's checklist and are never
 * relaxed: sandboxed renderer, context isolation, no Node, web security on, no webviews.
 */
export function mainWindowOptions(
  preloadPath: string,
  dark: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Postcoital Atlas',
    backgroundColor: dark ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  }
}
