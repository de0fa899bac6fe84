import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron'
import { mainWindowOptions } from './window'
import { resolveDevServerUrl } from './dev-server'
import { menuTemplate } from './menu'
import { registerIpc } from './ipc/register'
import { APP_ENTRY, APP_SCHEME, isAppUrl } from './security/app-origin'
import { createAppProtocolHandler } from './security/app-protocol'
import { createExternalOpener } from './security/external-links'
import { externalLinkQuestion } from './security/external-link-dialog'
import { createTrustedFrameCheck } from './security/trusted-sender'
import { applySessionPolicy, applyWebContentsPolicy } from './security/web-contents-policy'
import { SettingsStore } from './services/settings-store'
import { FileTokens } from './services/file-tokens'
import { writeFileAtomic } from './services/atomic-write'
import { HandoutService } from './handouts/handout-service'
import { startPresenting } from './present/start-presenting'
import { flushBeforeQuit, startLearning } from './learning/start-learning'

/** The dev server in `npm run dev`; always undefined in a built app (see dev-server.ts). */
const devServerUrl = resolveDevServerUrl()

// Must run before `ready`: app:// behaves like https (standard, secure) so the renderer gets a
// real origin, working relative URLs and fetch, instead of file://.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
app.enableSandbox()

let mainWindow: BrowserWindow | null = null
let presenting: ReturnType<typeof startPresenting> | null = null

const openExternal = createExternalOpener({
  async confirm(link) {
    const question = externalLinkQuestion(link)
    const { response } = mainWindow
      ? await dialog.showMessageBox(mainWindow, question)
      : await dialog.showMessageBox(question)
    return response === 0
  },
  open: (href) => shell.openExternal(href),
})

function createMainWindow(): void {
  const window = new BrowserWindow(
    mainWindowOptions(
      join(import.meta.dirname, '../preload/index.cjs'),
      nativeTheme.shouldUseDarkColors,
    ),
  )
  mainWindow = window
  presenting?.attach(window)
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = null
  })
  void window.loadURL(devServerUrl ?? APP_ENTRY)
}

// The one place every webContents is guarded, whoever creates it.
// Its session's permission requests are denied here too, whichever session it uses.
app.on('web-contents-created', (_event, contents) => {
  applyWebContentsPolicy(contents, {
    isAppUrl: (url) => isAppUrl(url, devServerUrl),
    openExternal: (url) => void openExternal(url),
  })
  if (contents.session) applySessionPolicy(contents.session)
})

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')))
    applySessionPolicy(session.defaultSession)
    Menu.setApplicationMenu(
      // Reload and DevTools exist only in a development build.
      Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin', import.meta.env.DEV)),
    )
    const files = new FileTokens()
    const handouts = new HandoutService({ resourcesDir: join(app.getAppPath(), 'resources') })
    const learning = startLearning({
      ipcMain,
      isTrusted: createTrustedFrameCheck(devServerUrl),
      userData: app.getPath('userData'),
      documents: app.getPath('documents'),
      resourcesDir: join(app.getAppPath(), 'resources'),
      app: { name: app.getName(), version: app.getVersion() },
      safeStorage,
      platform: process.platform,
      settings: new SettingsStore(join(app.getPath('userData'), 'settings.json')),
      files,
      dialog,
      window: () => mainWindow,
    })
    flushBeforeQuit(app, learning)
    /** The topic of the handout being saved (one export runs at a time). */
    let handoutTopic = ''
    registerIpc({
      ipcMain,
      isTrusted: createTrustedFrameCheck(devServerUrl),
      appInfo: { name: app.getName(), version: app.getVersion(), platform: process.platform },
      settings: new SettingsStore(join(app.getPath('userData'), 'settings.json')),
      openExternal,
      handouts: {
        generate: (topicId, options) => {
          handoutTopic = topicId
          return handouts.generateHandout(topicId, options)
        },
        async chooseSavePath(suggestedName) {
          const options = {
            title: 'Save patient handout',
            defaultPath: join(app.getPath('documents'), suggestedName),
            filters: [{ name: 'PDF document', extensions: ['pdf'] }],
          }
          const result = mainWindow
            ? await dialog.showSaveDialog(mainWindow, options)
            : await dialog.showSaveDialog(options)
          return result.canceled || !result.filePath ? null : result.filePath
        },
        // A saved handout is a learning activity (kept only with the clinician's consent).
        async write(path, bytes) {
          await writeFileAtomic(path, bytes)
          void learning.handoutSaved(handoutTopic).catch(() => undefined)
        },
      },
      files,
      openPath: (path) => shell.openPath(path),
      showInFolder: (path) => shell.showItemInFolder(path),
    })
    presenting = startPresenting({
      ipcMain,
      isTrusted: createTrustedFrameCheck(devServerUrl),
      mainWindow: () => mainWindow,
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      dark: () => nativeTheme.shouldUseDarkColors,
      appEntry: devServerUrl ?? APP_ENTRY,
      files,
    })
    createMainWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
