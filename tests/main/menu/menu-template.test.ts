import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, type MenuOptions } from '../../../src/main/menu/menu-template'
import type { MenuState } from '../../../src/main/menu/menu-state'
import type { RouteReport } from '../../../src/shared/ipc/menu'

type Item = MenuItemConstructorOptions

const route = (over: Partial<RouteReport> = {}): RouteReport => ({
  path: '/',
  name: 'library',
  bare: false,
  canGoBack: false,
  canGoForward: false,
  hasHandout: false,
  hasDeck: false,
  ...over,
})

const ROUTES: Record<string, RouteReport> = {
  library: route(),
  module: route({
    path: '/modules/cramps-after-sex',
    name: 'module',
    canGoBack: true,
    hasHandout: true,
    hasDeck: true,
  }),
  moduleWithoutSlides: route({ path: '/modules/x', name: 'module', hasHandout: true }),
  presenter: route({
    path: '/present/cramps-after-sex/presenter',
    name: 'presenter',
    bare: true,
    hasDeck: true,
    hasHandout: true,
  }),
  presentPrint: route({
    path: '/present/cramps-after-sex/print?layout=script',
    name: 'present-print',
    bare: true,
  }),
  settings: route({ path: '/settings?section=clinic', name: 'settings', canGoForward: true }),
}

function build(platform: NodeJS.Platform, state: Partial<MenuState> = {}, isDev = false) {
  const send = vi.fn()
  const options: MenuOptions = {
    platform,
    isDev,
    appName: 'Postcoital Atlas',
    state: { route: ROUTES['library']!, theme: 'system', textSize: 'normal', ...state },
    send,
  }
  return { template: menuTemplate(options), send }
}

/** Every item, depth first. */
function items(template: Item[]): Item[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as Item[]) : []),
  ])
}
const byId = (template: Item[], id: string): Item => {
  const found = items(template).find((item) => item.id === id)
  if (!found) throw new Error(`no menu item ${id}`)
  return found
}
const topLabels = (template: Item[]) => template.map((item) => item.label ?? item.role)

describe('menu template per platform', () => {
  it('on macOS: the app menu first (About, Settings, Services, Hide, Quit), then the app’s menus', () => {
    const { template } = build('darwin')
    expect(topLabels(template)).toEqual([
      'Postcoital Atlas',
      'File',
      'editMenu',
      'View',
      'Go',
      'Present',
      'windowMenu',
      'help',
    ])
    const appMenu = (template[0]!.submenu as Item[]).map((i) => i.label ?? i.role ?? i.type)
    expect(appMenu).toEqual([
      'About Postcoital Atlas',
      'separator',
      'Settings…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ])
    // On a Mac, Settings and About live only in the app menu.
    const file = (template[1]!.submenu as Item[]).map((i) => i.label ?? i.role ?? i.type)
    expect(file).not.toContain('Settings…')
    expect(file).not.toContain('quit')
  })

  it.each(['win32', 'linux'] as const)(
    'on %s: no app menu; Settings and Quit under File, About under Help',
    (platform) => {
      const { template } = build(platform)
      expect(topLabels(template)).toEqual([
        'File',
        'editMenu',
        'View',
        'Go',
        'Present',
        'windowMenu',
        'help',
      ])
      const file = (template[0]!.submenu as Item[]).map((i) => i.label ?? i.role ?? i.type)
      expect(file).toEqual([
        'Patient Handout…',
        'Print…',
        'separator',
        'Settings…',
        'separator',
        'close',
        'quit',
      ])
      const help = (template.at(-1)!.submenu as Item[]).map((i) => i.label ?? i.type)
      expect(help).toEqual([
        'Keyboard Shortcuts',
        'Content Sources and Review',
        'separator',
        'About Postcoital Atlas',
      ])
    },
  )

  it.each([
    ['darwin', 'Cmd+[', 'Cmd+]'],
    ['win32', 'Alt+Left', 'Alt+Right'],
    ['linux', 'Alt+Left', 'Alt+Right'],
  ] as const)('gives %s the accelerators the platform expects', (platform, back, forward) => {
    const { template } = build(platform)
    expect(byId(template, 'handout').accelerator).toBe('CmdOrCtrl+Shift+H')
    expect(byId(template, 'print').accelerator).toBe('CmdOrCtrl+P')
    expect(byId(template, 'settings').accelerator).toBe('CmdOrCtrl+,')
    expect(byId(template, 'search').accelerator).toBe('CmdOrCtrl+K')
    expect(byId(template, 'back').accelerator).toBe(back)
    expect(byId(template, 'forward').accelerator).toBe(forward)
    const accelerators = items(template).flatMap((i) => (i.accelerator ? [i.accelerator] : []))
    expect(new Set(accelerators).size, 'no accelerator used twice').toBe(accelerators.length)
  })

  it('has zoom and full screen, and Reload and DevTools only in a development build', () => {
    const roles = (t: Item[]) => items(t).flatMap((i) => (i.role ? [i.role] : []))
    expect(roles(build('linux').template)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    )
    expect(roles(build('linux').template)).not.toContain('toggleDevTools')
    expect(roles(build('linux').template)).not.toContain('reload')
    expect(roles(build('linux', {}, true).template)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    )
  })

  it('ticks the theme and text size in use', () => {
    const { template } = build('linux', { theme: 'dark', textSize: 'projector' })
    const checked = items(template).filter((i) => i.type === 'radio' && i.checked)
    expect(checked.map((i) => i.id)).toEqual(['theme-dark', 'text-size-projector'])
  })
})

describe('menu items act only by sending commands', () => {
  it.each([
    ['handout', { command: 'handout' }],
    ['print', { command: 'print' }],
    ['present', { command: 'present' }],
    ['search', { command: 'search' }],
    ['back', { command: 'back' }],
    ['go-compare', { command: 'go', to: 'compare' }],
    ['settings', { command: 'go', to: 'settings' }],
    ['sources', { command: 'go', to: 'sources' }],
    ['shortcuts', { command: 'shortcuts' }],
    ['about', { command: 'about' }],
    ['theme-light', { command: 'theme', theme: 'light' }],
    ['text-size-large', { command: 'text-size', size: 'large' }],
  ])('%s sends %j', (id, command) => {
    const { template, send } = build('linux')
    const click = byId(template, id).click as () => void
    click()
    expect(send).toHaveBeenCalledExactlyOnceWith(command)
  })
})

describe('enabled state follows the route', () => {
  const ITEMS = ['handout', 'print', 'present', 'search', 'back', 'forward'] as const
  const enabled = (state: Partial<MenuState>) => {
    const { template } = build('linux', state)
    return Object.fromEntries(ITEMS.map((id) => [id, byId(template, id).enabled !== false]))
  }

  it.each([
    [
      'library',
      { handout: false, print: true, present: false, search: true, back: false, forward: false },
    ],
    [
      'module',
      { handout: true, print: true, present: true, search: true, back: true, forward: false },
    ],
    [
      'moduleWithoutSlides',
      { handout: true, print: true, present: false, search: true, back: false, forward: false },
    ],
    [
      'presenter',
      { handout: false, print: false, present: false, search: false, back: false, forward: false },
    ],
    [
      'presentPrint',
      { handout: false, print: true, present: false, search: false, back: false, forward: false },
    ],
    [
      'settings',
      { handout: false, print: true, present: false, search: true, back: false, forward: true },
    ],
  ])('on %s', (name, expected) => {
    expect(enabled({ route: ROUTES[name]! })).toEqual(expected)
  })

  it('before the window has said where it is, nothing that needs a page is enabled', () => {
    expect(Object.values(enabled({ route: null }))).toEqual(ITEMS.map(() => false))
  })

  it('keeps the items that need no page (Go, Settings, Help) enabled everywhere', () => {
    for (const route of [null, ...Object.values(ROUTES)]) {
      const { template } = build('darwin', { route })
      for (const id of ['go-library', 'go-sessions', 'settings', 'shortcuts', 'about', 'sources'])
        expect(byId(template, id).enabled, `${id} on ${route?.name}`).not.toBe(false)
    }
  })
})
