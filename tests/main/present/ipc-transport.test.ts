import { describe, expect, it, vi } from 'vitest'
import { ipcTransport } from '../../../src/renderer/src/present/desktop/ipc-transport'
import { PresentationHub } from '../../../src/main/present/presentation-hub'
import type { PresentApi } from '../../../src/shared/ipc/present-api'
import type { PresentMessage, StateMessage } from '../../../src/shared/present/messages'
import { initialPresentationState } from '../../../src/shared/present/state'
import { ok } from '../../../src/shared/ipc/result'

/** The renderer's IPC transport against main's real hub: what the two desktop windows do. */
const KEY = 'deck:leg-cramps'
const state = (from: string, version: number, slide: number): StateMessage => ({
  type: 'state',
  presentation: KEY,
  from,
  version,
  slides: 4,
  state: initialPresentationState(4, slide),
})

/**
 * Main as the desktop app has it, reduced to its presenting hub: each window's bridge sends to
 * the real hub, which answers the sender and pushes to the other windows.
 */
function desktop() {
  const hub = new PresentationHub()
  const windows = new Map<number, (data: unknown) => void>()
  const leaves: [number, string][] = []
  let next = 0
  return {
    leaves,
    /** `window.api` in one more window. */
    bridge(): Pick<PresentApi, 'presentSend' | 'presentLeave' | 'onPresentMessage'> & {
      push(data: unknown): void
    } {
      const id = ++next
      return {
        async presentSend(message: PresentMessage) {
          const { reply, deliverTo } = hub.receive(id, message)
          for (const to of deliverTo) windows.get(to)?.(structuredClone(message))
          return ok(reply)
        },
        async presentLeave(presentation: string) {
          leaves.push([id, presentation])
          hub.leave(id, presentation)
          return ok(null)
        },
        onPresentMessage(listener) {
          windows.set(id, listener)
          return () => windows.delete(id)
        },
        push: (data) => windows.get(id)?.(data),
      }
    },
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('IPC transport (desktop)', () => {
  it('passes a move from one window to the other through main', async () => {
    const main = desktop()
    const console = ipcTransport(main.bridge(), KEY)
    const audience = ipcTransport(main.bridge(), KEY)
    const seen: PresentMessage[] = []
    audience.subscribe((m) => seen.push(m))
    console.subscribe(() => undefined)
    console.send({ type: 'hello', presentation: KEY, from: 'cccccc' })
    audience.send({ type: 'hello', presentation: KEY, from: 'aaaaaa' })
    console.send(state('cccccc', 1, 2))
    await flush()
    expect(seen).toEqual([state('cccccc', 1, 2)])
  })

  it("delivers main's answer to a late or older view as if another view had sent it", async () => {
    const main = desktop()
    const console = ipcTransport(main.bridge(), KEY)
    console.send(state('cccccc', 3, 3))
    const audience = ipcTransport(main.bridge(), KEY)
    const seen: PresentMessage[] = []
    audience.subscribe((m) => seen.push(m))
    audience.send({ type: 'hello', presentation: KEY, from: 'aaaaaa' })
    audience.send(state('aaaaaa', 1, 0))
    await flush()
    expect(seen).toEqual([state('cccccc', 3, 3), state('cccccc', 3, 3)])
  })

  it('drops pushed data that is not a valid message, or belongs to another presentation', async () => {
    const main = desktop()
    const bridge = main.bridge()
    const invalid: unknown[] = []
    const transport = ipcTransport(bridge, KEY, (data) => invalid.push(data))
    const seen: PresentMessage[] = []
    transport.subscribe((m) => seen.push(m))
    bridge.push('<img src=x onerror=alert(1)>')
    bridge.push({ ...state('zzzzzz', 9, 1), state: { slide: 99999 } })
    bridge.push({ ...state('zzzzzz', 9, 1), presentation: 'deck:other' })
    bridge.push(state('zzzzzz', 9, 1))
    expect(invalid).toHaveLength(2)
    expect(seen).toEqual([state('zzzzzz', 9, 1)])
  })

  it('on close, stops listening and tells main it left', async () => {
    const main = desktop()
    const bridge = main.bridge()
    const transport = ipcTransport(bridge, KEY)
    const seen = vi.fn()
    transport.subscribe(seen)
    transport.close()
    bridge.push(state('zzzzzz', 9, 1))
    expect(seen).not.toHaveBeenCalled()
    expect(main.leaves).toEqual([[1, KEY]])
  })
})
