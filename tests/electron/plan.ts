/**
 * What the real-Electron smoke test expects, derived from the code it checks rather than
 * written out: the bridge's methods from the IPC contract, the pages from the router.
 */
import type { RouteRecordRaw } from 'vue-router'
import { PUSH_CHANNELS } from '../../src/shared/ipc/channels'
import { IPC } from '../../src/shared/ipc/contract'

/**
 * `window.api` as the contract defines it: one method per channel, named as the channel's key,
 * and one `on<Key>` subscription per channel main pushes on.
 */
export function expectedApiMethods(): string[] {
  const subscriptions = Object.keys(PUSH_CHANNELS).map(
    (key) => `on${key.charAt(0).toUpperCase()}${key.slice(1)}`,
  )
  return [...Object.keys(IPC), ...subscriptions].sort()
}

/** Routes without parameters: the pages a menu or the header opens directly. */
export function topLevelPaths(routes: readonly RouteRecordRaw[]): string[] {
  return routes.map((route) => route.path).filter((path) => !path.includes(':'))
}

/**
 * Named routes a clinician reaches inside the main window: not the catch-all, and not the
 * `bare` presenting views, which belong to their own windows.
 */
export function windowRouteNames(routes: readonly RouteRecordRaw[]): string[] {
  return routes
    .filter((route) => !route.meta?.['bare'] && !route.path.startsWith('/:pathMatch'))
    .map((route) => String(route.name))
}
