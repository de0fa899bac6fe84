import { join } from 'node:path'
import { app, BrowserWindow, dialog, screen, type IpcMain } from 'electron'
import { PUSH_CHANNELS } from '../../shared/ipc/channels'
import { mainWindowOptions } from '../window'
import type { TrustedFrame } from '../ipc/handle'
import { writeFileAtomic } from '../services/atomic-write'
import type { FileTokens } from '../services/file-tokens'
import { AudienceScreens, type ScreenWindow } from './audience-screens'
import type { Rect } from './display-choice'
import { exportSlides } from './export-slides'
import { PresentationHub } from './presentation-hub'
import { PresentFileStore } from './present-file-store'
import { registerPresentIpc, type ViewContents, type WindowRole } from './register-present-ipc'
import { SlidePrinter, type PrintWindow } from './slide-printer'

export interface StartPresentingOptions {
  ipcMain: Pick<IpcMain, 'handle'>
  isTrusted: TrustedFrame
  /** The app window, where the presenter console runs. */
  mainWindow(): BrowserWindow | null
  preloadPath: string
  dark(): boolean
  /** The address the app is served from: `app://atlas/index.html` (or the dev server). */
  appEntry: string
  /** The same tokens as handouts, so Open and Show in folder work for slides too. */
  files: FileTokens
}

/**
 * Presenting in the desktop app: the audience window on the chosen display, one presentation
 * state in main, sessions and timings in the user-data folder, and slides printed to PDF.
 * New windows take the app window's secure settings (sandbox, isolation, no Node, the same
 * preload) and load only app routes; the app-wide guards in index.ts cover their contents.
 */
export function startPresenting(options: StartPresentingOptions): {
  /** Call with each new app window: its audience window closes with it. */
  attach(window: BrowserWindow): void
} {
  const urlOf = (href: string): string => `${options.appEntry}${href}`
  const secure = () => mainWindowOptions(options.preloadPath, options.dark())

  const screens = new AudienceScreens({
    screen,
    consoleWindow: () => options.mainWindow() as unknown as ScreenWindow | null,
    createWindow(bounds: Rect) {
      const window = new BrowserWindow({
        ...secure(),
        ...bounds,
        minWidth: 320,
        minHeight: 180,
        title: 'Audience view',
        backgroundColor: '#000000',
        autoHideMenuBar: true,
      })
      // Nothing but the slides on the projector (the app menu stays on the console).
      window.removeMenu()
      return window as unknown as ScreenWindow
    },
    urlOf,
    onChange(layout) {
      options.mainWindow()?.webContents.send(PUSH_CHANNELS.screensChanged, layout)
    },
  })

  const printer = new SlidePrinter({
    createWindow: () =>
      new BrowserWindow({
        ...secure(),
        show: false,
        width: 1280,
        height: 900,
      }) as unknown as PrintWindow,
    urlOf,
  })

  const hub = new PresentationHub()
  const roleOf = (contents: ViewContents): WindowRole | null => {
    if (options.mainWindow()?.webContents.id === contents.id) return 'main'
    if (screens.isAudience(contents.id)) return 'audience'
    if (printer.isPrintWindow(contents.id)) return 'print'
    return null
  }

  registerPresentIpc({
    ipcMain: options.ipcMain,
    isTrusted: options.isTrusted,
    roleOf,
    hub,
    screens,
    store: new PresentFileStore(join(app.getPath('userData'), 'presenting')),
    printer,
    exportSlides: (request) =>
      exportSlides(request, {
        print: (r) => printer.print(r),
        async chooseSavePath(suggestedName) {
          const dialogOptions = {
            title: 'Save slides as PDF',
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: 'PDF document', extensions: ['pdf'] }],
          }
          const window = options.mainWindow()
          const result = window
            ? await dialog.showSaveDialog(window, dialogOptions)
            : await dialog.showSaveDialog(dialogOptions)
          return result.canceled || !result.filePath ? null : result.filePath
        },
        write: writeFileAtomic,
        issueToken: (path) => options.files.issue(path),
      }),
  })

  return {
    attach(window) {
      const id = window.webContents.id
      // A reload or a crash of the console's page ends what it was presenting.
      const ended = (): void => {
        hub.drop(id)
        screens.close()
      }
      window.webContents.on('did-navigate', ended)
      window.webContents.on('render-process-gone', ended)
      window.on('closed', () => screens.close())
    },
  }
}
