import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { defineComponent } from 'vue'
import { prefetchLikelyRoutes } from '@renderer/router'

const View = defineComponent({ render: () => null })

/** A router whose lazy views record being loaded. */
function routerWithLoaders(names: string[]) {
  const loads = new Map(names.map((name) => [name, vi.fn(() => Promise.resolve(View))]))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: names.map((name) => ({ path: `/${name}`, name, component: loads.get(name)! })),
  })
  return { router, loaded: () => names.filter((name) => loads.get(name)!.mock.calls.length) }
}

/** Frames, timers and idle periods that run only when the test says so. */
function controlledScheduling() {
  const frames: FrameRequestCallback[] = []
  const idle: IdleRequestCallback[] = []
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback))
  return {
    paintFrame: () => {
      for (const callback of frames.splice(0)) callback(performance.now())
      vi.runOnlyPendingTimers()
    },
    goIdle: () => {
      for (const callback of idle.splice(0))
        callback({ didTimeout: false, timeRemaining: () => 50 })
    },
  }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('loading the code of likely next pages', () => {
  it('loads the module and learning pages after the first paint, and the presenter console when idle', () => {
    const { router, loaded } = routerWithLoaders(['module', 'learning', 'presenter', 'settings'])
    const scheduling = controlledScheduling()

    prefetchLikelyRoutes(router)
    expect(loaded()).toEqual([])

    scheduling.paintFrame()
    expect(loaded()).toEqual(['module', 'learning'])

    scheduling.goIdle()
    expect(loaded()).toEqual(['module', 'learning', 'presenter'])
  })

  it('leaves a route whose code fails to load to be fetched again on navigation', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')))
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/present', name: 'presenter', component: failing }],
    })
    router.onError(() => undefined)
    const scheduling = controlledScheduling()
    prefetchLikelyRoutes(router, [], ['presenter'])
    scheduling.paintFrame()
    scheduling.goIdle()
    expect(failing).toHaveBeenCalledOnce()
    // No unhandled rejection: the failure is swallowed here and met again when navigating.
    await expect(router.push('/present')).rejects.toThrow('offline')
    expect(failing).toHaveBeenCalledTimes(2)
  })
})
