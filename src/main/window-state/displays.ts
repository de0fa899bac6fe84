import type { Screen } from 'electron'
import type { DisplayArea, Rect } from './window-placement'

type ScreenLike = Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'getDisplayMatching'>

/** The connected displays and the primary one, as placement needs them. */
export function currentDisplays(screen: ScreenLike): { all: DisplayArea[]; primary: DisplayArea } {
  const area = (d: { id: number; workArea: Rect }): DisplayArea => ({
    id: d.id,
    workArea: { ...d.workArea },
  })
  return { all: screen.getAllDisplays().map(area), primary: area(screen.getPrimaryDisplay()) }
}

/** The display most of `bounds` is on. */
export function displayOf(screen: ScreenLike, bounds: Rect): number {
  return screen.getDisplayMatching(bounds).id
}
