import { routeReportSchema } from '../../shared/ipc/menu'
import type { TextSize } from '../../shared/settings/sections/display'

/**
 * The address the window opens at: the app's entry, at the page it was last on when that is
 * a valid app route (checked again here: the file it came from could have been edited). A text
 * size other than normal rides along as `?text=`, so the library prerendered into the page is
 * painted at that size before the app has loaded the settings (renderer public/shell-route.js).
 */
export function startUrl(
  entry: string,
  route: string | undefined,
  textSize: TextSize = 'normal',
): string {
  const page = textSize === 'normal' ? entry : `${entry}?text=${textSize}`
  if (!route || route === '/' || !routeReportSchema.shape.path.safeParse(route).success) return page
  return `${page}#${route}`
}
