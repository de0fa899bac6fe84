import { nextTick } from 'vue'
import type { ContentIndex } from './content/content-index'
import { routeLater } from './content/route-needs'

/** Sent before printing: a page rendering in stages puts everything on the page (ModuleView). */
export const PRINT_PREPARE = 'atlas:print-prepare'

/**
 * Prints the page with everything it shows: a module opened a moment ago may still be loading
 * its later sections or rendering them in stages. `window.print()` lays the page out before
 * anything its `beforeprint` listeners change is rendered, so the page is asked to render all
 * of it first. If the later sections cannot be loaded nothing is printed: the page says what
 * happened instead (content-guard.ts).
 */
export async function printPage(
  content: ContentIndex,
  route: { name?: unknown; params: Record<string, unknown> },
): Promise<void> {
  try {
    await content.ensure(routeLater(route))
  } catch {
    return
  }
  window.dispatchEvent(new Event(PRINT_PREPARE))
  await nextTick()
  window.print()
}
