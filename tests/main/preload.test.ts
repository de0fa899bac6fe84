import { beforeAll, describe, expect, it } from 'vitest'
import { contextBridge, ipcRenderer } from 'electron'
import { IPC } from '../../src/shared/ipc/contract'
import { PUSH_CHANNELS } from '../../src/shared/ipc/channels'

describe('preload bridge', () => {
  let api: Record<string, (...args: unknown[]) => Promise<unknown>>

  beforeAll(async () => {
    await import('../../src/preload/index')
    const call = (
      contextBridge.exposeInMainWorld as unknown as { mock: { calls: [string, typeof api][] } }
    ).mock.calls[0]!
    expect(call[0]).toBe('api')
    api = call[1]
  })

  it('exposes one function per IPC channel and never ipcRenderer itself', () => {
    // One method per channel, and one subscription per channel main pushes on.
    expect(Object.keys(api).length).toBe(
      Object.keys(IPC).length + Object.keys(PUSH_CHANNELS).length,
    )
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function')
    expect(Object.values(api)).not.toContain(ipcRenderer)
    expect(Object.keys(api)).not.toContain('invoke')
    expect(Object.keys(api)).not.toContain('send')
  })

  it('sends each call on its contract channel', async () => {
    await api['openExternal']!('https://example.org/')
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('links:open-external', {
      url: 'https://example.org/',
    })
    await api['getSettings']!()
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('settings:get', undefined)
  })
})
