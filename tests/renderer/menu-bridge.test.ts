import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h as vnode } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import type { AtlasApi } from '@shared/ipc/api'
import type { ContentIndex } from '@renderer/content/content-index'
import { IPC_PUSH } from '@shared/ipc/contract'
import { menuCommandSchema } from '@shared/ipc/menu'
import { parseMenuCommand, runMenuCommand, type MenuActions } from '@renderer/menu/menu-commands'
import { routeReport } from '@renderer/menu/route-report'
import { useMenuBridge } from '@renderer/menu/useMenuBridge'
import { fixtureIndex } from './content'
import { at, globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let h: Harness
beforeAll(async () => {
  index = await fixtureIndex()
})
beforeEach(() => {
  h = harness(index)
})
afterEach(() => {
  delete window.api
})

const actions = (): MenuActions & Record<string, ReturnType<typeof vi.fn>> =>
  Object.fromEntries(
    [
      'go',
      'back',
      'forward',
      'search',
      'handout',
      'print',
      'present',
      'shortcuts',
      'about',
      'theme',
      'textSize',
    ].map((name) => [name, vi.fn()]),
  ) as never

describe('menu commands arriving in the window (validated again on arrival)', () => {
  it.each([
    [{ command: 'go', to: 'library' }, 'go', ['/']],
    [{ command: 'go', to: 'sources' }, 'go', ['/sources']],
    [{ command: 'go', to: 'settings' }, 'go', ['/settings']],
    [{ command: 'theme', theme: 'dark' }, 'theme', ['dark']],
    [{ command: 'text-size', size: 'projector' }, 'textSize', ['projector']],
    [{ command: 'print' }, 'print', []],
    [{ command: 'handout' }, 'handout', []],
    [{ command: 'back' }, 'back', []],
  ])('runs %j', (payload, action, args) => {
    const a = actions()
    const command = parseMenuCommand(payload)
    expect(command).not.toBeNull()
    runMenuCommand(command!, a)
    expect(a[action]).toHaveBeenCalledExactlyOnceWith(...args)
  })

  it.each([
    ['an unknown command', { command: 'eval', code: 'alert(1)' }],
    ['a place not in the Go menu', { command: 'go', to: 'https://evil.example' }],
    ['a route smuggled in', { command: 'go', to: 'library', path: '/x' }],
    ['a theme that does not exist', { command: 'theme', theme: 'neon' }],
    ['a string', 'print'],
    ['nothing', undefined],
  ])('drops %s', (_case, payload) => {
    expect(parseMenuCommand(payload)).toBeNull()
  })

  it("checks with the contract's own schema for the push (imported from its module)", () => {
    expect(menuCommandSchema).toBe(IPC_PUSH.menuCommand.payload)
  })
})

describe('the window and main (useMenuBridge)', () => {
  function mountBridge(a: MenuActions) {
    let listener: ((payload: unknown) => void) | undefined
    const api = {
      onMenuCommand: vi.fn((l: (payload: unknown) => void) => {
        listener = l
        return vi.fn()
      }),
      reportRoute: vi.fn(async () => ({ ok: true, value: null })),
    }
    window.api = api as unknown as AtlasApi
    const Host = defineComponent({
      setup: () => {
        useMenuBridge(a)
        return () => vnode('div')
      },
    })
    const wrapper = mount(Host, { global: globalFor(h) })
    return { api, wrapper, send: (payload: unknown) => listener!(payload) }
  }

  it('runs valid commands and ignores invalid ones with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const a = actions()
    const { send, wrapper } = mountBridge(a)
    send({ command: 'about' })
    send({ command: 'about', html: '<img onerror=alert(1)>' })
    expect(a.about).toHaveBeenCalledOnce()
    expect(warn).toHaveBeenCalledOnce()
    wrapper.unmount()
    warn.mockRestore()
  })

  it('reports each route so the menus follow the page', async () => {
    const { api, wrapper } = mountBridge(actions())
    await at(h, '/modules/leg-cramps')
    await flushPromises()
    expect(api.reportRoute).toHaveBeenLastCalledWith(
      expect.objectContaining({
        path: '/modules/leg-cramps',
        name: 'module',
        bare: false,
        hasHandout: true,
        // The fixture corpus has no slide deck.
        hasDeck: false,
      }),
    )
    await at(h, '/compare')
    await flushPromises()
    expect(api.reportRoute).toHaveBeenLastCalledWith(
      expect.objectContaining({ path: '/compare', hasHandout: false, hasDeck: false }),
    )
    wrapper.unmount()
  })
})

describe('route report', () => {
  const route = (over: object) => ({
    name: 'module',
    params: { id: 'leg-cramps' },
    fullPath: '/modules/leg-cramps',
    meta: {},
    ...over,
  })

  it('takes back and forward from the router’s history entry', () => {
    const report = routeReport(route({}), index, { back: '/', forward: null })
    expect([report.canGoBack, report.canGoForward]).toEqual([true, false])
  })

  it('marks presenting pages as bare and never offers a handout there', () => {
    const report = routeReport(
      route({ name: 'presenter', params: { deck: 'leg-cramps' }, meta: { bare: true } }),
      index,
      null,
    )
    expect(report).toMatchObject({ bare: true, hasHandout: false })
  })

  it('reports an address it cannot vouch for as the library', () => {
    const report = routeReport(route({ name: 'not-found', fullPath: '/a b<script>' }), index, {})
    expect(report.path).toBe('/')
  })

  it('offers Present only where the module has slides', () => {
    const info = index.topicInfo('leg-cramps')!
    const withDeck = { ...index, topicInfo: () => ({ ...info, hasDeck: true }) }
    expect(routeReport(route({}), withDeck as never, {}).hasDeck).toBe(true)
    expect(routeReport(route({}), index, {}).hasDeck).toBe(false)
  })
})
