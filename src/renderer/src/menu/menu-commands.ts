import '../security/no-eval'
import { IPC_PUSH } from '@shared/ipc/contract'
import type { GoTarget, MenuCommand } from '@shared/ipc/menu'
import type { TextSize, ThemeChoice } from '@shared/settings/sections/display'

/** Where each Go menu item leads. */
export const GO_PATHS: Record<GoTarget, string> = {
  library: '/',
  compare: '/compare',
  reference: '/reference',
  sessions: '/sessions',
  settings: '/settings',
  sources: '/sources',
}

/** What the app window can do when a menu item asks. */
export interface MenuActions {
  go(path: string): void
  back(): void
  forward(): void
  search(): void
  handout(): void
  print(): void
  present(): void
  shortcuts(): void
  about(): void
  theme(theme: ThemeChoice): void
  textSize(size: TextSize): void
}

/**
 * Checks a command from main against the contract (main checked it before sending; this side
 * checks again, as for any message that crosses a process boundary). Invalid ones are dropped.
 */
export function parseMenuCommand(payload: unknown): MenuCommand | null {
  const parsed = IPC_PUSH.menuCommand.payload.safeParse(payload)
  return parsed.success ? parsed.data : null
}

export function runMenuCommand(command: MenuCommand, actions: MenuActions): void {
  switch (command.command) {
    case 'go':
      return actions.go(GO_PATHS[command.to])
    case 'theme':
      return actions.theme(command.theme)
    case 'text-size':
      return actions.textSize(command.size)
    case 'back':
    case 'forward':
    case 'search':
    case 'handout':
    case 'print':
    case 'present':
    case 'shortcuts':
    case 'about':
      return actions[command.command]()
  }
}
