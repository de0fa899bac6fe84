import { useBridge } from './useBridge'

/**
 * Click handler for containers holding external links. In the desktop app the link goes to
 * main, which asks the user before opening their browser; in a plain browser, a new tab.
 */
export function useExternalLink(): (event: MouseEvent) => boolean {
  const bridge = useBridge()
  return (event) => {
    const link = (event.target as Element | null)?.closest?.(
      'a.pa-external',
    ) as HTMLAnchorElement | null
    if (!link || event.button !== 0) return false
    event.preventDefault()
    if (bridge) void bridge.openExternal(link.href)
    else window.open(link.href, '_blank', 'noopener,noreferrer')
    return true
  }
}
