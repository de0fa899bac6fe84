import { describe, expect, it, vi } from 'vitest'
import { reactive, ref } from 'vue'
import type { AtlasApi } from '@shared/ipc/api'
import { plainBridge, plainData } from '@renderer/composables/plain-bridge'

/** A stand-in preload that copies its arguments as Electron's contextBridge does. */
function cloningApi() {
  const received: unknown[] = []
  const api = {
    saveReflectionDraft: vi.fn(async (draft: unknown) => {
      received.push(structuredClone(draft))
      return { ok: true, value: { savedAt: 'now' } }
    }),
    onMenuCommand: vi.fn((listener: () => void) => listener),
  }
  return { api: api as unknown as AtlasApi, raw: api, received }
}

describe('plain data for the preload bridge', () => {
  it('structured clone refuses Vue reactive state, which is why the bridge needs plain data', () => {
    const draft = reactive({ body: { fields: { learned: 'x' } } })
    expect(() => structuredClone(draft)).toThrow()
  })

  it('copies reactive objects, arrays and refs into plain, cloneable data with the same values', () => {
    const draft = ref({
      id: 'd1',
      body: { fields: { learned: 'Cramps are common' }, activityIds: ['a', 'b'], title: '' },
      updatedAt: '2027-03-02T09:00:00.000Z',
    })
    const copy = plainData(draft.value)
    expect(() => structuredClone(copy)).not.toThrow()
    expect(copy).toEqual({
      id: 'd1',
      body: { fields: { learned: 'Cramps are common' }, activityIds: ['a', 'b'], title: '' },
      updatedAt: '2027-03-02T09:00:00.000Z',
    })
    // A copy: typing on afterwards does not change what was sent.
    draft.value.body.fields.learned = 'changed'
    expect(copy.body.fields.learned).toBe('Cramps are common')
  })

  it('sends every call through the bridge as plain data and passes subscriptions as they are', async () => {
    const { api, raw, received } = cloningApi()
    const bridge = plainBridge(api)
    const draft = reactive({ id: 'd1', body: { activityIds: ['a'] } })
    await expect(bridge.saveReflectionDraft(draft as never)).resolves.toEqual({
      ok: true,
      value: { savedAt: 'now' },
    })
    expect(received).toEqual([{ id: 'd1', body: { activityIds: ['a'] } }])
    const listener = () => undefined
    expect(bridge.onMenuCommand(listener as never)).toBe(listener)
    expect(raw.onMenuCommand).toHaveBeenCalledWith(listener)
    // One wrapper per bridge and per method.
    expect(plainBridge(api)).toBe(bridge)
    expect(bridge.saveReflectionDraft).toBe(bridge.saveReflectionDraft)
  })

  it('calling the unwrapped stand-in with reactive state fails as the real preload would', async () => {
    const { api } = cloningApi()
    await expect(api.saveReflectionDraft(reactive({ a: [1] }) as never)).rejects.toThrow()
  })
})
