import type { RouteLocationNormalized, Router } from 'vue-router'
import type { ContentIndex } from './content-index'
import { ChunkError } from './chunk-error'
import { afterNextPaint } from '../when-idle'
import { routeHints, routeLater, routeNeeds } from './route-needs'

/**
 * Loads what each route needs before it is shown, so views read content synchronously, and
 * what it shows below its first screen once that is painted (a module's later sections). A
 * navigation that a newer one overtakes is dropped by the router, so late content never shows
 * on the wrong page: it only fills the cache. When a chunk cannot be loaded the route still
 * opens, and the app shows what happened with a Retry instead of the view (ContentUnavailable),
 * whichever of its chunks it was.
 */
export function installContentGuard(router: Router, content: ContentIndex): void {
  router.beforeResolve(async (to) => {
    const needs = routeNeeds(to)
    if (content.problem.value?.path !== to.fullPath) content.problem.value = null
    try {
      await content.ensure(needs)
      if (content.problem.value?.path === to.fullPath) content.problem.value = null
    } catch (error) {
      if (!(error instanceof ChunkError)) throw error
      // Try again loads all the page shows: it opens whole, with no navigation to load the rest.
      content.problem.value = { path: to.fullPath, error, needs: [...needs, ...routeLater(to)] }
    }
    return true
  })

  async function loadLater(to: RouteLocationNormalized): Promise<void> {
    const later = routeLater(to)
    if (content.problem.value?.path === to.fullPath) return
    try {
      await content.ensure(later)
    } catch (error) {
      if (!(error instanceof ChunkError)) throw error
      // Said only on the page that shows it, and not over what its own needs reported.
      if (
        router.currentRoute.value.fullPath === to.fullPath &&
        content.problem.value?.path !== to.fullPath
      )
        content.problem.value = { path: to.fullPath, error, needs: [...routeNeeds(to), ...later] }
    }
  }

  // Fetched after the frame that shows the page: a chunk's text arriving earlier is decoded
  // and checked on the main thread, between the page being rendered and being painted.
  router.afterEach((to, _from, failure) => {
    if (failure) return
    afterNextPaint(() => {
      void loadLater(to)
      content.prefetch(routeHints(to))
    })
  })
}

/**
 * Fetches a link's content while the pointer rests on it or it has keyboard focus, so opening
 * it is instant. One listener for the whole document covers router links and the cross-links
 * inside rendered Markdown alike.
 */
export function installLinkPrefetch(router: Router, content: ContentIndex, root: Document): void {
  const onLink = (event: Event): void => {
    // Hash links in the app; plain paths where the router runs on memory history (tests).
    const link = (event.target as Element | null)?.closest?.('a[href^="#/"], a[href^="/"]')
    if (!link) return
    const route = router.resolve(link.getAttribute('href')!.replace(/^#/, ''))
    if (route.matched.length) content.prefetch(routeNeeds(route))
  }
  // pointerover bubbles (pointerenter does not), so one listener sees every link.
  root.addEventListener('pointerover', onLink, { passive: true })
  root.addEventListener('focusin', onLink)
}
