import type { RouteLocationNormalizedLoaded } from 'vue-router'
import type { RouteReport } from '@shared/ipc/menu'
import type { ContentIndex } from '../content/content-index'

/** The module a page belongs to: a module page's own, or a presenting page's deck. */
export function moduleOf(
  route: Pick<RouteLocationNormalizedLoaded, 'name' | 'params'>,
): string | null {
  if (route.name === 'module') return String(route.params['id'])
  const deck = route.params['deck']
  return typeof deck === 'string' ? deck : null
}

/**
 * What main needs to know to set the menus for this page. Back and forward come from the
 * router's own history entry (vue-router keeps `back` and `forward` in `history.state`).
 */
export function routeReport(
  route: Pick<RouteLocationNormalizedLoaded, 'name' | 'params' | 'fullPath' | 'meta'>,
  content: ContentIndex,
  historyState: unknown,
): RouteReport {
  const state = (historyState ?? {}) as { back?: unknown; forward?: unknown }
  const topic = route.name === 'module' ? moduleOf(route) : null
  const name =
    typeof route.name === 'string' && /^[a-z][a-z0-9-]*$/.test(route.name) ? route.name : null
  return {
    // Anything the report's schema would refuse (a hand-typed address) is reported as the library.
    path: /^\/[A-Za-z0-9\-._~/?=&%+]*$/.test(route.fullPath) ? route.fullPath.slice(0, 512) : '/',
    name,
    bare: route.meta['bare'] === true,
    canGoBack: typeof state.back === 'string',
    canGoForward: typeof state.forward === 'string',
    hasHandout: topic !== null && content.topicInfo(topic)?.hasHandout === true,
    hasDeck: topic !== null && content.topicInfo(topic)?.hasDeck === true,
  }
}
