import { routeReportSchema } from '../../shared/ipc/menu'

/**
 * The address the window opens at: the app's entry, at the page it was last on when that is
 * a valid app route (checked again here: the file it came from could have been edited).
 */
export function startUrl(entry: string, route: string | undefined): string {
  if (!route || route === '/' || !routeReportSchema.shape.path.safeParse(route).success)
    return entry
  return `${entry}#${route}`
}
