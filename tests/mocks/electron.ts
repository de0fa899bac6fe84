/**
 * Stand-in for the `electron` package in tests (aliased in vitest.config.mts): the real package
 * would try to download the Electron binary. Records what main and preload ask of Electron.
 */
import { vi } from 'vitest'

type Listener = (...args: unknown[]) => unknown

function emitter() {
  const listeners = new Map<string, Listener[]>()
  return {
    listeners,
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    }),
    once: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    }),
    emit(event: string, ...args: unknown[]) {
      for (const listener of listeners.get(event) ?? []) listener(...args)
    },
  }
}

const appEvents = emitter()
let ready: () => void = () => undefined

export const app = {
  ...appEvents,
  whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
  /** Test helper: fires `ready`. */
  __ready: () => ready(),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  getName: vi.fn(() => 'Postcoital Atlas'),
  getVersion: vi.fn(() => '0.0.0-test'),
  getPath: vi.fn(() => '/tmp/atlas-test-user-data'),
  getAppPath: vi.fn(() => process.cwd()),
  isPackaged: false,
}

let webContentsIds = 0

export class BrowserWindow {
  static instances: BrowserWindow[] = []
  static getAllWindows = vi.fn(() => BrowserWindow.instances)
  readonly events = emitter()
  on = this.events.on
  once = this.events.once
  readonly webContents = { id: ++webContentsIds, ...emitter(), send: vi.fn() }
  removeMenu = vi.fn()
  loadURL = vi.fn(async () => undefined)
  show = vi.fn()
  focus = vi.fn()
  isMinimized = vi.fn(() => false)
  restore = vi.fn()
  maximize = vi.fn()
  isMaximized = vi.fn(() => false)
  isDestroyed = vi.fn(() => false)
  getNormalBounds = vi.fn(() => ({ x: 320, y: 90, width: 1280, height: 860 }))
  constructor(public readonly options: Record<string, unknown>) {
    BrowserWindow.instances.push(this)
  }
}

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    on: vi.fn(),
  },
}

export const ipcMain = { handle: vi.fn() }
export const ipcRenderer = {
  invoke: vi.fn(async () => ({ ok: true, value: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
}
export const contextBridge = { exposeInMainWorld: vi.fn() }
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => template),
  setApplicationMenu: vi.fn(),
}
export const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' }
/** One 1920 × 1080 built-in display, unless a test says otherwise. */
export const screen = {
  ...emitter(),
  getAllDisplays: vi.fn(() => [
    {
      id: 1,
      label: '',
      internal: true,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ]),
  getPrimaryDisplay: vi.fn(() => screen.getAllDisplays()[0]),
  getDisplayMatching: vi.fn(() => screen.getPrimaryDisplay()),
}
export const dialog = {
  showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined })),
}
export const shell = {
  openExternal: vi.fn(async () => undefined),
  openPath: vi.fn(async () => ''),
  showItemInFolder: vi.fn(),
}

export default {
  app,
  BrowserWindow,
  protocol,
  session,
  ipcMain,
  ipcRenderer,
  contextBridge,
  Menu,
  nativeTheme,
  screen,
  dialog,
  shell,
}
