import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { handle } from '../../src/main/ipc/handle'
import { IPC } from '../../src/shared/ipc/contract'
import { ok } from '../../src/shared/ipc/result'

type Invoke = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>

function register(trusted: boolean, handler = vi.fn(async () => ok({ opened: true }))) {
  let invoke: Invoke = async () => undefined
  const ipcMain = { handle: vi.fn((_name: string, fn: Invoke) => (invoke = fn)) }
  handle(ipcMain, IPC.openExternal, () => trusted, handler)
  const event = {} as IpcMainInvokeEvent
  return { ipcMain, handler, call: (payload: unknown) => invoke(event, payload) }
}

describe('IPC handle wrapper', () => {
  it('registers under the contract channel name', () => {
    const { ipcMain } = register(true)
    expect(ipcMain.handle).toHaveBeenCalledWith('links:open-external', expect.any(Function))
  })

  it('rejects a foreign sender before parsing or handling', async () => {
    const { call, handler } = register(false)
    expect(await call({ url: 'https://example.org/' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'forbidden' }),
    })
    expect(handler).not.toHaveBeenCalled()
  })

  it.each([
    ['no payload', undefined],
    ['wrong type', { url: 42 }],
    ['extra field', { url: 'https://example.org/', path: '/etc/passwd' }],
    ['oversized', { url: `https://example.org/${'a'.repeat(5000)}` }],
    ['not an object', 'https://example.org/'],
  ])('rejects a malformed payload (%s) without calling the handler', async (_name, payload) => {
    const { call, handler } = register(true)
    const result = (await call(payload)) as {
      ok: boolean
      error: { code: string; message: string }
    }
    expect(result.ok).toBe(false)
    expect(result.error.code).toBe('invalid-request')
    expect(result.error.message).toMatch(/Nothing was changed/)
    expect(handler).not.toHaveBeenCalled()
  })

  it('passes a valid payload to the handler and returns its result', async () => {
    const { call, handler } = register(true)
    expect(await call({ url: 'https://example.org/' })).toEqual({
      ok: true,
      value: { opened: true },
    })
    expect(handler).toHaveBeenCalledWith({ url: 'https://example.org/' }, expect.anything())
  })

  it('turns an unexpected exception into a typed internal error', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { call } = register(
      true,
      vi.fn(async () => Promise.reject(new Error('boom'))),
    )
    const result = (await call({ url: 'https://example.org/' })) as {
      ok: boolean
      error: { code: string }
    }
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'internal' }) })
    spy.mockRestore()
  })
})
