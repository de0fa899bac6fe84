import type { Menu as ElectronMenu, MenuItemConstructorOptions, WebContents } from 'electron'
import { IPC_PUSH } from '../../shared/ipc/contract'
import type { MenuCommand, RouteReport } from '../../shared/ipc/menu'
import type { Settings } from '../../shared/settings/settings-schema'
import { menuTemplate } from './menu-template'
import type { MenuState } from './menu-state'

export interface AppMenuDeps {
  platform: NodeJS.Platform
  isDev: boolean
  appName: string
  /** Electron's Menu (buildFromTemplate, setApplicationMenu). */
  menu: Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>
  /** The window the commands go to, or null when there is none. */
  target(): Pick<WebContents, 'send'> | null
}

/**
 * Keeps the application menu in step with the window: rebuilt from the pure template whenever
 * the route or the display settings change, and sending each clicked command to the window
 * after checking it against the contract.
 */
export class AppMenu {
  private state: MenuState = { route: null, theme: 'system', textSize: 'normal' }

  constructor(private readonly deps: AppMenuDeps) {}

  /** Builds and installs the menu for the current state. */
  install(): MenuItemConstructorOptions[] {
    const template = menuTemplate({
      platform: this.deps.platform,
      isDev: this.deps.isDev,
      appName: this.deps.appName,
      state: this.state,
      send: (command) => this.send(command),
    })
    this.deps.menu.setApplicationMenu(this.deps.menu.buildFromTemplate(template))
    return template
  }

  routeChanged(route: RouteReport): void {
    this.state = { ...this.state, route }
    this.install()
  }

  settingsChanged(settings: Settings): void {
    const { theme, textSize } = settings.display
    if (theme === this.state.theme && textSize === this.state.textSize) return
    this.state = { ...this.state, theme, textSize }
    this.install()
  }

  /** Validated before it leaves main, as the window validates it on arrival. */
  send(command: MenuCommand): void {
    const event = IPC_PUSH.menuCommand
    const parsed = event.payload.safeParse(command)
    if (!parsed.success) {
      console.error('[menu] refused to send an invalid command', command)
      return
    }
    this.deps.target()?.send(event.name, parsed.data)
  }
}
