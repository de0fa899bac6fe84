import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { WindowStateStore } from '../../../src/main/window-state/window-state-store'
import { startUrl } from '../../../src/main/window-state/start-url'
import { trackWindow } from '../../../src/main/window-state/track-window'

let path: string
beforeEach(async () => {
  path = join(await mkdtemp(join(tmpdir(), 'atlas-window-')), 'window-state.json')
})

const WINDOW = { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: true, displayId: 7 }

describe('window state file', () => {
  it('remembers the window and the last page, written once after a burst of changes', async () => {
    const write = vi.fn(async (p: string, text: string) => writeFile(p, text))
    const store = new WindowStateStore(path, 10_000, write)
    await store.load()
    for (let x = 0; x < 20; x++)
      store.update({ window: { ...WINDOW, bounds: { ...WINDOW.bounds, x } } })
    store.update({ route: '/modules/cramps-after-sex/red-flags' })
    expect(write).not.toHaveBeenCalled()
    await store.flush()
    expect(write).toHaveBeenCalledOnce()
    expect(await new WindowStateStore(path).load()).toEqual({
      window: { ...WINDOW, bounds: { ...WINDOW.bounds, x: 19 } },
      route: '/modules/cramps-after-sex/red-flags',
    })
  })

  it.each([
    ['not JSON', '{ window:'],
    ['wrong types', JSON.stringify({ window: { bounds: 'big' }, route: 42 })],
    ['a route that is not an app route', JSON.stringify({ route: 'javascript:alert(1)' })],
  ])('treats a damaged file (%s) as nothing saved', async (_case, text) => {
    await writeFile(path, text)
    expect(await new WindowStateStore(path).load()).toEqual({})
  })

  it('keeps the valid half of a half-damaged file', async () => {
    await writeFile(path, JSON.stringify({ window: WINDOW, route: 'https://evil.example' }))
    expect(await new WindowStateStore(path).load()).toEqual({ window: WINDOW })
  })

  it('logs, never throws, when the state cannot be written', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = new WindowStateStore(path, 10, async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
    })
    store.update({ route: '/compare' })
    await expect(store.flush()).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('start page', () => {
  const ENTRY = 'app://atlas/index.html'
  it.each([
    [undefined, ENTRY],
    ['/', ENTRY],
    ['/modules/back-pain-after-sex/red-flags', `${ENTRY}#/modules/back-pain-after-sex/red-flags`],
    ['/settings?section=clinic', `${ENTRY}#/settings?section=clinic`],
    ['//evil.example', `${ENTRY}#//evil.example`],
    ['/x#y', ENTRY],
    ['/ space', ENTRY],
  ])('reopens %s at %s', (route, url) => {
    expect(startUrl(ENTRY, route)).toBe(url)
    // Whatever the route, the window never leaves the app's own entry.
    expect(new URL(startUrl(ENTRY, route)).origin).toBe(new URL(ENTRY).origin)
  })

  it('carries a text size other than normal as ?text=, before the route', () => {
    expect(startUrl(ENTRY, '/', 'projector')).toBe(`${ENTRY}?text=projector`)
    expect(startUrl(ENTRY, '/modules/a', 'large')).toBe(`${ENTRY}?text=large#/modules/a`)
    expect(startUrl(ENTRY, '/modules/a', 'normal')).toBe(`${ENTRY}#/modules/a`)
  })
})

describe('tracking the window', () => {
  it('reports normal bounds, maximised state and display on each change, and on close', () => {
    const handlers = new Map<string, () => void>()
    const window = {
      on: vi.fn((event: string, fn: () => void) => handlers.set(event, fn)),
      getNormalBounds: () => WINDOW.bounds,
      isMaximized: () => true,
      isDestroyed: () => false,
    }
    const report = vi.fn()
    trackWindow(window as never, () => 7, report)
    handlers.get('maximize')!()
    handlers.get('move')!()
    handlers.get('close')!()
    expect(report.mock.calls).toEqual([
      [WINDOW, false],
      [WINDOW, false],
      [WINDOW, true],
    ])
  })
})
