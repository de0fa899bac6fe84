import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  safeStorage,
  session,
  shell,
} from 'electron'
import { mainWindowOptions } from './window'
import { resolveDevServerUrl } from './dev-server'
import { AppMenu } from './menu/app-menu'
import { WindowStateStore } from './window-state/window-state-store'
import { placeWindow } from './window-state/window-placement'
import { currentDisplays, displayOf } from './window-state/displays'
import { trackWindow } from './window-state/track-window'
import { startUrl } from './window-state/start-url'
import { registerIpc } from './ipc/register'
import { APP_ENTRY, APP_SCHEME, isAppUrl } from './security/app-origin'
import { createAppProtocolHandler } from './security/app-protocol'
import { createExternalOpener } from './security/external-links'
import { externalLinkQuestion } from './security/external-link-dialog'
import { createTrustedFrameCheck } from './security/trusted-sender'
import { applySessionPolicy, applyWebContentsPolicy } from './security/web-contents-policy'
import { SettingsStore } from './services/settings-store'
import type { Settings } from '../shared/settings/settings-schema'
import { FileTokens } from './services/file-tokens'
import { writeFileAtomic } from './services/atomic-write'
import { HandoutService } from './handouts/handout-service'
import { startPresenting } from './present/start-presenting'
import { flushBeforeQuit, startLearning, warmWhenLoaded } from './learning/start-learning'

/** The dev server in `npm run dev`; always undefined in a built app (see dev-server.ts). */
const devServerUrl = resolveDevServerUrl()

// Must run before `ready`: app:// behaves like https (standard, secure) so the renderer gets a
// real origin, working relative URLs and fetch, instead of file://.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    // codeCache: V8 keeps the compiled scripts between starts, as it does for https (compiling
    // the start-up scripts is much of a first paint on a slow laptop). Scripts are named by a
    // hash of their content, so an update never meets a stale cache entry.
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
])
app.enableSandbox()

let mainWindow: BrowserWindow | null = null
const settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'))
const windowState = new WindowStateStore(join(app.getPath('userData'), 'window-state.json'))
const appMenu = new AppMenu({
  platform: process.platform,
  // Reload and DevTools exist only in a development build.
  isDev: import.meta.env.DEV,
  appName: app.getName(),
  menu: Menu,
  target: () => mainWindow?.webContents ?? null,
})
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

/** The app's look follows Settings: native dialogs, the menu and the window background too. */
function applyDisplaySettings(saved: Settings): void {
  nativeTheme.themeSource = saved.display.theme
  appMenu.settingsChanged(saved)
}

/** Opens where it was left (or on the primary display), at the page it was on. */
async function createMainWindow(): Promise<void> {
  const saved = await windowState.load()
  const displays = currentDisplays(screen)
  const placement = placeWindow(saved.window ?? null, displays.all, displays.primary)
  const window = new BrowserWindow(
    mainWindowOptions(
      join(import.meta.dirname, '../preload/index.cjs'),
      nativeTheme.shouldUseDarkColors,
      placement.bounds,
    ),
  )
  if (placement.maximized) window.maximize()
  trackWindow(
    window,
    (bounds) => displayOf(screen, bounds),
    (state, closing) => {
      windowState.update({ window: state })
      if (closing) void windowState.flush()
    },
  )
  mainWindow = window
  presenting?.attach(window)
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = null
  })
  const display = (await settings.load()).display
  void window.loadURL(startUrl(devServerUrl ?? APP_ENTRY, saved.route, display.textSize))
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

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')))
    applySessionPolicy(session.defaultSession)
    appMenu.install()
    applyDisplaySettings(await settings.load())
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
      settings,
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
      appInfo: {
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        versions: {
          electron: process.versions.electron ?? '',
          chrome: process.versions.chrome ?? '',
          node: process.versions.node,
        },
      },
      settings,
      onSettingsSaved: applyDisplaySettings,
      onRoute(report) {
        appMenu.routeChanged(report)
        // Presenting pages are not reopened at start: the audience would not be there.
        if (!report.bare) windowState.update({ route: report.path })
      },
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
    await createMainWindow()
    if (mainWindow) warmWhenLoaded(mainWindow.webContents, learning)
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createMainWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
