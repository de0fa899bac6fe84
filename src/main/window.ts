import type { BrowserWindowConstructorOptions } from 'electron'
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './window-state/window-placement'

/** Light and dark window backgrounds, matching the renderer's page colour to avoid a flash. */
const BACKGROUND = { light: '#f7f5f0', dark: '#111518' } as const

/**
 * Options for the app window. Security settings follow Electron's checklist and are never
 * relaxed: sandboxed renderer, context isolation, no Node, web security on, no webviews.
 */
export function mainWindowOptions(
  preloadPath: string,
  dark: boolean,
  /** Where to open (see window-state); Electron centres a default-sized window without it. */
  bounds?: Rect,
): BrowserWindowConstructorOptions {
  return {
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
