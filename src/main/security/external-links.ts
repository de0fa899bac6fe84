/**
 * Only plain https links (with a host, no embedded credentials) and mailto addresses leave the
 * app: the same allow-list content links are held to.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'mailto:') {
      return /^[^\s/@]+@[^\s/@]+$/.test(decodeURIComponent(parsed.pathname))
    }
    return (
      parsed.protocol === 'https:' &&
      parsed.hostname.length > 0 &&
      !parsed.username &&
      !parsed.password
    )
  } catch {
    return false
  }
}

export interface ExternalOpenerDeps {
  /** Shows the address and asks the user; resolves true only on an explicit yes. */
  confirm(url: string): Promise<boolean>
  open(url: string): Promise<void>
}

/** The one way a link leaves the app: https or mailto only, and only after the user confirms. */
export function createExternalOpener(deps: ExternalOpenerDeps) {
  return async (url: string): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) return false
    if (!(await deps.confirm(url))) return false
    await deps.open(url)
    return true
  }
}
