import { afterEach, describe, expect, it, vi } from 'vitest'
import { WARM_DELAY_MS, warmWhenLoaded } from '../../../src/main/learning/start-learning'

afterEach(() => vi.useRealTimers())

describe('reading the learning record ahead', () => {
  it('starts a moment after the window’s page has loaded, once, and a failure stays quiet', async () => {
    vi.useFakeTimers()
    const listeners: (() => void)[] = []
    const contents = {
      once: (_event: 'did-finish-load', listener: () => void) => void listeners.push(listener),
    }
    const warm = vi.fn(async () => {
      throw new Error('the keyring is locked')
    })
    warmWhenLoaded(contents, { warm })
    expect(listeners).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS * 4)
    // Nothing before the page has loaded: its own requests come first.
    expect(warm).not.toHaveBeenCalled()
    listeners[0]!()
    await vi.advanceTimersByTimeAsync(WARM_DELAY_MS - 1)
    expect(warm).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(warm).toHaveBeenCalledTimes(1)
  })
})
