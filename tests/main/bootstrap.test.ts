import { beforeAll, describe, expect, it, vi } from 'vitest'
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron'
import { IPC } from '../../src/shared/ipc/contract'

type Calls = unknown[][]
const calls = (fn: unknown): Calls => [...(fn as { mock: { calls: Calls } }).mock.calls]

/** Imports main exactly as Electron would, against the recording stand-in. */
describe('main process start-up', () => {
  // Vitest clears mock call history before each test, so what start-up did is captured here.
  const seen: Record<string, Calls> = {}
  let webContentsCreated: ((event: unknown, contents: unknown) => void) | undefined
  let window: { options: { webPreferences: Record<string, unknown> }; loadURL: unknown } | undefined

  beforeAll(async () => {
    await import('../../src/main/index')
    seen['schemes'] = calls(protocol.registerSchemesAsPrivileged)
    seen['sandbox'] = calls(app.enableSandbox)
    seen['readyHandlersBefore'] = calls(protocol.handle)
    ;(app as unknown as { __ready: () => void }).__ready()
    // Settings and the window's place are read from disk before the window opens.
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows().length).toBe(1))
    seen['protocolHandle'] = calls(protocol.handle)
    seen['permissionRequest'] = calls(session.defaultSession.setPermissionRequestHandler)
    seen['permissionCheck'] = calls(session.defaultSession.setPermissionCheckHandler)
    seen['devicePermission'] = calls(session.defaultSession.setDevicePermissionHandler)
    seen['displayMedia'] = calls(session.defaultSession.setDisplayMediaRequestHandler)
    seen['ipc'] = calls(ipcMain.handle)
    seen['menu'] = calls(Menu.setApplicationMenu)
    window = (BrowserWindow as unknown as { instances: (typeof window)[] }).instances[0]
    seen['loadURL'] = calls(window?.loadURL)
    const listeners = (
      app as unknown as { listeners: Map<string, ((e: unknown, c: unknown) => void)[]> }
    ).listeners
    webContentsCreated = listeners.get('web-contents-created')?.[0]
  })

  it('registers app:// as a secure standard scheme with a code cache before ready, and enables the sandbox', () => {
    expect(seen['schemes']).toEqual([
      [
        [
          expect.objectContaining({
            scheme: 'app',
            privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }),
          }),
        ],
      ],
    ])
    expect(seen['sandbox']).toHaveLength(1)
    expect(seen['readyHandlersBefore']).toHaveLength(0)
  })

  it('serves the UI over app://, never file://', () => {
    expect(seen['protocolHandle']).toEqual([['app', expect.any(Function)]])
    expect(seen['loadURL']).toEqual([['app://atlas/index.html']])
  })

  it('creates the window sandboxed with context isolation and a CommonJS preload', () => {
    expect(window?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(String(window?.options.webPreferences['preload'])).toMatch(/preload[\\/]index\.cjs$/)
  })

  it('denies permissions, devices and screen capture for the session', () => {
    expect(seen['permissionRequest']).toHaveLength(1)
    expect(seen['permissionCheck']).toHaveLength(1)
    expect(seen['devicePermission']).toHaveLength(1)
    expect(seen['displayMedia']).toHaveLength(1)
  })

  it('handles every channel of the IPC contract, and nothing else', () => {
    const names = seen['ipc']!.map(([name]) => name).sort()
    expect(names).toEqual(
      Object.values(IPC)
        .map((c) => c.name)
        .sort(),
    )
  })

  it('guards every web contents as it is created', () => {
    expect(webContentsCreated).toBeTypeOf('function')
    let openHandler: ((d: { url: string }) => { action: string }) | undefined
    let permission: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
    const session = {
      setPermissionRequestHandler: (h: typeof permission) => (permission = h),
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
      setDisplayMediaRequestHandler: () => undefined,
      on: () => undefined,
    }
    webContentsCreated!(
      {},
      {
        setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
        on: () => undefined,
        session,
      },
    )
    expect(openHandler?.({ url: 'https://example.org' }).action).toBe('deny')
    let granted: boolean | undefined
    permission?.({}, 'geolocation', (ok) => (granted = ok))
    expect(granted).toBe(false)
  })

  it('installs the application menu with its Go, Present and Help menus', () => {
    const template = seen['menu']!.at(-1)![0] as { label?: string; role?: string }[]
    expect(template.map((m) => m.label ?? m.role)).toEqual(
      expect.arrayContaining(['File', 'View', 'Go', 'Present', 'help']),
    )
  })

  it('is one instance: a second launch restores and focuses the first window', () => {
    const listeners = (app as unknown as { listeners: Map<string, (() => void)[]> }).listeners
    const first = BrowserWindow.getAllWindows()[0] as unknown as {
      isMinimized: ReturnType<typeof vi.fn>
      restore: ReturnType<typeof vi.fn>
      focus: ReturnType<typeof vi.fn>
    }
    first.isMinimized.mockReturnValueOnce(true)
    for (const listener of listeners.get('second-instance') ?? []) listener()
    expect(first.restore).toHaveBeenCalledOnce()
    expect(first.focus).toHaveBeenCalledOnce()
    expect(BrowserWindow.getAllWindows()).toHaveLength(1)
  })
})
