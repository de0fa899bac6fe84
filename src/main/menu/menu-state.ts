import type { RouteReport } from '../../shared/ipc/menu'
import type { TextSize, ThemeChoice } from '../../shared/settings/sections/display'

/** What the menus depend on: where the window is and the display settings. */
export interface MenuState {
  /** Null until the window first reports its route. */
  route: RouteReport | null
  theme: ThemeChoice
  textSize: TextSize
}

/** Menu items whose enabled state follows the page. */
export interface MenuEnabled {
  handout: boolean
  print: boolean
  present: boolean
  search: boolean
  back: boolean
  forward: boolean
}

/**
 * Which page-dependent items are enabled. Before the window reports a route, nothing that needs
 * a page is. Presenting fills the window (`bare`): no search box, no handout, and printing only
 * on its own print pages; a module page offers its handout and slides when it has them.
 */
export function menuEnabled(route: RouteReport | null): MenuEnabled {
  if (!route)
    return {
      handout: false,
      print: false,
      present: false,
      search: false,
      back: false,
      forward: false,
    }
  const printPage = /\/print(?:\?|$)/.test(route.path)
  return {
    handout: !route.bare && route.hasHandout,
    print: !route.bare || printPage,
    present: !route.bare && route.hasDeck,
    search: !route.bare,
    back: route.canGoBack,
    forward: route.canGoForward,
  }
}
