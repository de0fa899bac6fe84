import '../security/no-eval'
import { menuCommandSchema, type GoTarget, type MenuCommand } from '@shared/ipc/menu'
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
 * Checks a command from main against the contract's schema for it (main checked it before
 * sending; this side checks again, as for any message that crosses a process boundary).
 * Invalid ones are dropped. The schema comes from its own module, which the contract's
 * `IPC_PUSH.menuCommand` names: importing the contract itself would build every channel's
 * schema while the app starts, for this one.
 */
export function parseMenuCommand(payload: unknown): MenuCommand | null {
  const parsed = menuCommandSchema.safeParse(payload)
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
