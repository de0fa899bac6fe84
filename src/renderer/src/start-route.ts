import type { Router } from 'vue-router'
import type { ContentIndex } from './content/content-index'
import { routeNeeds } from './content/route-needs'
import { loadViewCode } from './router'

/**
 * Asks for the code and the content of the page a window opens at (an audience window opens
 * at its deck) as soon as the app is set up: at the same time as settings load and the app
 * mounts, instead of after them and one after the other, as the first navigation would.
 */
export function prefetchStartRoute(router: Router, content: ContentIndex, path: string): void {
  const start = router.resolve(path)
  for (const record of start.matched) loadViewCode(record)
  if (start.matched.length) content.prefetch(routeNeeds(start))
}
