import { describe, expect, it, vi } from 'vitest'
import { presentApi } from '../../../src/preload/present'
import { CHANNELS, PUSH_CHANNELS } from '../../../src/shared/ipc/channels'

/** ipcRenderer's on/removeListener, recording listeners so a test can push to them. */
function fakeIpc() {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  return {
    listeners,
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener)
    }),
    push(channel: string, data: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, data)
    },
  }
}

describe('preload: presenting methods', () => {
  it('sends each call on its own contract channel with a narrow payload', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: null }))
    const api = presentApi(invoke as never, fakeIpc() as never)
    await api.presentLeave('deck:x')
    expect(invoke).toHaveBeenLastCalledWith('presentLeave', { presentation: 'deck:x' })
    await api.chooseDisplay(2)
    expect(invoke).toHaveBeenLastCalledWith('chooseDisplay', { display: 2 })
    await api.printReady(null)
    expect(invoke).toHaveBeenLastCalledWith('printReady', { problem: null })
    for (const key of invoke.mock.calls.map((c) => (c as unknown[])[0] as string))
      expect(CHANNELS[key as keyof typeof CHANNELS]).toMatch(/^present:/)
  })

  it('hands a subscriber only the pushed data, never the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc()
    const api = presentApi(vi.fn() as never, ipc as never)
    const seen: unknown[][] = []
    const off = api.onPresentMessage((...args) => seen.push(args))
    const offScreens = api.onScreensChanged(() => seen.push(['screens']))
    ipc.push(PUSH_CHANNELS.presentMessage, { type: 'hello' })
    expect(seen).toEqual([[{ type: 'hello' }]])
    off()
    ipc.push(PUSH_CHANNELS.presentMessage, { type: 'hello' })
    expect(seen).toHaveLength(1)
    ipc.push(PUSH_CHANNELS.screensChanged, {})
    expect(seen).toEqual([[{ type: 'hello' }], ['screens']])
    offScreens()
    expect([...ipc.listeners.values()].every((set) => set.size === 0)).toBe(true)
  })
})
