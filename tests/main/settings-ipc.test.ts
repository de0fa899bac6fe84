import type { IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { registerIpc, type IpcDeps } from '../../src/main/ipc/register'
import { SettingsSaveError } from '../../src/main/services/settings-errors'
import { CHANNELS } from '../../src/shared/ipc/channels'
import { DEFAULT_SETTINGS } from '../../src/shared/ipc/settings'

type Handler = (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>
let handlers: Map<string, Handler>
let deps: IpcDeps

const invoke = (channel: keyof typeof CHANNELS, payload?: unknown) =>
  handlers.get(CHANNELS[channel])!({ senderFrame: { url: 'app://atlas/' } } as never, payload)

beforeEach(() => {
  handlers = new Map()
  deps = {
    ipcMain: { handle: (name: string, fn: Handler) => void handlers.set(name, fn) } as never,
    isTrusted: () => true,
    appInfo: {
      name: 'Postcoital Atlas',
      version: '1.2.3',
      platform: 'linux',
      versions: { electron: '45.6.1', chrome: '142.0.0.0', node: '22.20.0' },
    },
    settings: {
      get: vi.fn(async () => ({ settings: DEFAULT_SETTINGS, notice: null })),
      save: vi.fn(async () => DEFAULT_SETTINGS),
    },
    onSettingsSaved: vi.fn(),
    onRoute: vi.fn(),
    openExternal: vi.fn(async () => 'opened' as const),
    handouts: {} as never,
    files: {} as never,
    openPath: vi.fn(),
    showInFolder: vi.fn(),
  }
  registerIpc(deps)
})

const REPORT = {
  path: '/modules/cramps-after-sex/red-flags',
  name: 'module',
  bare: false,
  canGoBack: true,
  canGoForward: false,
  hasHandout: true,
  hasDeck: true,
}

describe('app:route (renderer → main), validated before the menu hears of it', () => {
  it('passes a valid report on', async () => {
    expect(await invoke('reportRoute', REPORT)).toEqual({ ok: true, value: null })
    expect(deps.onRoute).toHaveBeenCalledExactlyOnceWith(REPORT)
  })

  it.each([
    ['an extra field', { ...REPORT, script: 'x' }],
    ['a path that is not an app route', { ...REPORT, path: 'javascript:alert(1)' }],
    ['a path with a space', { ...REPORT, path: '/a b' }],
    ['a very long path', { ...REPORT, path: `/${'a'.repeat(600)}` }],
    ['a flag that is not boolean', { ...REPORT, hasDeck: 'yes' }],
    ['nothing', undefined],
  ])('refuses %s, telling nobody', async (_case, payload) => {
    expect(await invoke('reportRoute', payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    })
    expect(deps.onRoute).not.toHaveBeenCalled()
  })

  it('refuses a report from a frame that is not the app’s', async () => {
    deps.isTrusted = () => false
    handlers = new Map()
    registerIpc(deps)
    expect(await invoke('reportRoute', REPORT)).toMatchObject({ error: { code: 'forbidden' } })
  })
})

describe('settings:save errors reach the window typed, with what to do', () => {
  it.each([
    ['disk-full', 'disk-full'],
    ['no-permission', 'no-permission'],
    ['read-only', 'read-only'],
    ['blocked', 'write-failed'],
    ['failed', 'write-failed'],
  ] as const)('%s → %s', async (reason, code) => {
    vi.mocked(deps.settings.save).mockRejectedValueOnce(
      new SettingsSaveError(reason, `Settings could not be saved (${reason}). Do this.`),
    )
    expect(await invoke('saveSettings', {})).toEqual({
      ok: false,
      error: { code, message: `Settings could not be saved (${reason}). Do this.` },
    })
    expect(deps.onSettingsSaved).not.toHaveBeenCalled()
  })

  it('tells main’s listeners after a save, and answers with what was saved', async () => {
    expect(await invoke('saveSettings', { display: { theme: 'dark' } })).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    })
    expect(deps.settings.save).toHaveBeenCalledWith(
      expect.objectContaining({ display: { theme: 'dark', textSize: 'normal', motion: 'system' } }),
    )
    expect(deps.onSettingsSaved).toHaveBeenCalledExactlyOnceWith(DEFAULT_SETTINGS)
  })

  it('refuses an unknown section or a wrong type before the store sees it', async () => {
    for (const payload of [{ sparkle: {} }, { display: { theme: 'purple' } }])
      expect(await invoke('saveSettings', payload)).toMatchObject({
        error: { code: 'invalid-request' },
      })
    expect(deps.settings.save).not.toHaveBeenCalled()
  })

  it('gives the notice about a damaged file with the settings', async () => {
    const notice = { message: 'Your saved settings could not be read…', backup: 'x.corrupt' }
    vi.mocked(deps.settings.get).mockResolvedValueOnce({ settings: DEFAULT_SETTINGS, notice })
    expect(await invoke('getSettings')).toEqual({
      ok: true,
      value: { settings: DEFAULT_SETTINGS, notice },
    })
  })
})
