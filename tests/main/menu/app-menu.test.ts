import { beforeEach, describe, expect, it, vi } from 'vitest'
import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { AppMenu } from '../../../src/main/menu/app-menu'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings/settings-schema'
import type { MenuCommand } from '../../../src/shared/ipc/menu'

type Item = MenuItemConstructorOptions
const installed = (): Item[] => {
  const calls = vi.mocked(Menu.setApplicationMenu).mock.calls
  return calls.at(-1)![0] as unknown as Item[]
}
const find = (template: Item[], id: string): Item | undefined =>
  template
    .flatMap((i) => [i, ...((i.submenu as Item[] | undefined) ?? [])])
    .flatMap((i) => [i, ...((i.submenu as Item[] | undefined) ?? [])])
    .find((i) => i.id === id)

let window: { send: ReturnType<typeof vi.fn<(channel: string, ...args: unknown[]) => void>> } | null
let menu: AppMenu
beforeEach(() => {
  vi.mocked(Menu.setApplicationMenu).mockClear()
  window = { send: vi.fn<(channel: string, ...args: unknown[]) => void>() }
  menu = new AppMenu({
    platform: 'linux',
    isDev: false,
    appName: 'Postcoital Atlas',
    menu: Menu as never,
    target: () => window,
  })
})

describe('the installed application menu (electron mocked)', () => {
  it('is rebuilt when the window reports a new route', () => {
    menu.install()
    expect(find(installed(), 'handout')?.enabled).toBe(false)
    menu.routeChanged({
      path: '/modules/cramps-after-sex',
      name: 'module',
      bare: false,
      canGoBack: true,
      canGoForward: false,
      hasHandout: true,
      hasDeck: true,
    })
    expect(find(installed(), 'handout')?.enabled).toBe(true)
    expect(find(installed(), 'back')?.enabled).toBe(true)
  })

  it('is rebuilt when the theme or text size is saved, and only then', () => {
    menu.install()
    const before = vi.mocked(Menu.setApplicationMenu).mock.calls.length
    menu.settingsChanged({ ...DEFAULT_SETTINGS, clinic: { ...DEFAULT_SETTINGS.clinic, name: 'X' } })
    expect(vi.mocked(Menu.setApplicationMenu).mock.calls.length).toBe(before)
    menu.settingsChanged({
      ...DEFAULT_SETTINGS,
      display: { ...DEFAULT_SETTINGS.display, theme: 'dark' },
    })
    expect(find(installed(), 'theme-dark')?.checked).toBe(true)
  })

  it('sends a clicked item’s command to the window on the menu channel', () => {
    menu.install()
    ;(find(installed(), 'go-reference')!.click as () => void)()
    expect(window!.send).toHaveBeenCalledExactlyOnceWith('menu:command', {
      command: 'go',
      to: 'reference',
    })
  })

  it('validates a command before it leaves main: an invalid one is never sent', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    menu.send({ command: 'go', to: 'file:///etc/passwd' } as unknown as MenuCommand)
    menu.send({ command: 'print', extra: true } as unknown as MenuCommand)
    expect(window!.send).not.toHaveBeenCalled()
    expect(error).toHaveBeenCalledTimes(2)
    error.mockRestore()
  })

  it('does nothing when there is no window to send to', () => {
    window = null
    expect(() => menu.send({ command: 'print' })).not.toThrow()
  })
})
