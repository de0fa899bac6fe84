import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc/menu'
import type { TextSize, ThemeChoice } from '../../shared/settings/sections/display'
import { menuEnabled, type MenuState } from './menu-state'

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Reload and DevTools exist only in a development build. */
  isDev: boolean
  appName: string
  state: MenuState
  /** Sends a command to the window; the template never acts on the page itself. */
  send(command: MenuCommand): void
}

const THEME_LABELS: Record<ThemeChoice, string> = {
  system: 'Same as the Computer',
  light: 'Light',
  dark: 'Dark',
}
const TEXT_SIZE_LABELS: Record<TextSize, string> = {
  normal: 'Standard',
  large: 'Large',
  projector: 'Projector',
}

/**
 * The application menu as a pure function of the platform and the state: macOS gets its app
 * menu (About, Settings, Services, Hide, Quit) and Cmd+[ ]; Windows and Linux get Settings and
 * About under File and Help, and Alt+← →. Every item that acts on the page sends a command.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isDev, appName, state, send } = options
  const mac = platform === 'darwin'
  const enabled = menuEnabled(state.route)
  const item = (
    label: string,
    command: MenuCommand,
    extra: Partial<MenuItemConstructorOptions> = {},
  ): MenuItemConstructorOptions => ({ label, click: () => send(command), ...extra })
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const about = item(`About ${appName}`, { command: 'about' }, { id: 'about' })
  const settings = item(
    'Settings…',
    { command: 'go', to: 'settings' },
    { id: 'settings', accelerator: 'CmdOrCtrl+,' },
  )

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item(
        'Patient Handout…',
        { command: 'handout' },
        { id: 'handout', accelerator: 'CmdOrCtrl+Shift+H', enabled: enabled.handout },
      ),
      item(
        'Print…',
        { command: 'print' },
        { id: 'print', accelerator: 'CmdOrCtrl+P', enabled: enabled.print },
      ),
      separator,
      ...(mac ? [] : [settings, separator]),
      { role: 'close' },
      ...(mac ? [] : [{ role: 'quit' } as MenuItemConstructorOptions]),
    ],
  }

  const radio = <T extends string>(
    labels: Record<T, string>,
    current: T,
    command: (value: T) => MenuCommand,
    idPrefix: string,
  ): MenuItemConstructorOptions[] =>
    (Object.keys(labels) as T[]).map((value) =>
      item(labels[value], command(value), {
        id: `${idPrefix}-${value}`,
        type: 'radio',
        checked: value === current,
      }),
    )

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      {
        label: 'Theme',
        submenu: radio(
          THEME_LABELS,
          state.theme,
          (theme) => ({ command: 'theme', theme }),
          'theme',
        ),
      },
      {
        label: 'Text Size',
        submenu: radio(
          TEXT_SIZE_LABELS,
          state.textSize,
          (size) => ({ command: 'text-size', size }),
          'text-size',
        ),
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(isDev
        ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  }

  const go: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: [
      item(
        'Library',
        { command: 'go', to: 'library' },
        { id: 'go-library', accelerator: 'CmdOrCtrl+1' },
      ),
      item(
        'Compare',
        { command: 'go', to: 'compare' },
        { id: 'go-compare', accelerator: 'CmdOrCtrl+2' },
      ),
      item(
        'Reference',
        { command: 'go', to: 'reference' },
        { id: 'go-reference', accelerator: 'CmdOrCtrl+3' },
      ),
      item(
        'Sessions',
        { command: 'go', to: 'sessions' },
        { id: 'go-sessions', accelerator: 'CmdOrCtrl+4' },
      ),
      separator,
      item(
        'Back',
        { command: 'back' },
        { id: 'back', accelerator: mac ? 'Cmd+[' : 'Alt+Left', enabled: enabled.back },
      ),
      item(
        'Forward',
        { command: 'forward' },
        { id: 'forward', accelerator: mac ? 'Cmd+]' : 'Alt+Right', enabled: enabled.forward },
      ),
      separator,
      item(
        'Search…',
        { command: 'search' },
        { id: 'search', accelerator: 'CmdOrCtrl+K', enabled: enabled.search },
      ),
    ],
  }

  const present: MenuItemConstructorOptions = {
    label: 'Present',
    submenu: [
      item(
        'Present This Module',
        { command: 'present' },
        { id: 'present', accelerator: 'F5', enabled: enabled.present },
      ),
      item('Teaching Sessions', { command: 'go', to: 'sessions' }, { id: 'present-sessions' }),
    ],
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      item(
        'Keyboard Shortcuts',
        { command: 'shortcuts' },
        { id: 'shortcuts', accelerator: 'CmdOrCtrl+/' },
      ),
      item('Content Sources and Review', { command: 'go', to: 'sources' }, { id: 'sources' }),
      ...(mac ? [] : [separator, about]),
    ],
  }

  return [
    ...(mac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    view,
    go,
    present,
    { role: 'windowMenu' },
    help,
  ]
}
