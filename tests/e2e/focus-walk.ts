import type { Page } from 'playwright-core'

/** What one Tab press landed on, and what is wrong with how it shows. */
export interface FocusStop {
  /** A short description: tag, id or class, and text. */
  what: string
  /** Problems with this stop (empty when it is fine). */
  problems: string[]
}

/** Elements reachable by Tab, as the browser decides it (disabled and inert ones excluded later). */
const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]'

/**
 * Records how every focusable element looks unfocused: its outline and box-shadow, on itself
 * and (for inputs drawn by their label) on its label. Call before the first Tab.
 */
export function recordUnfocused(page: Page): Promise<void> {
  return page.evaluate((selector) => {
    const ring = (el: Element): string =>
      [null, '::before', '::after']
        .map((pseudo) => {
          const s = getComputedStyle(el, pseudo)
          return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`
        })
        .join(' / ')
    const store = new WeakMap<Element, string>()
    for (const el of document.querySelectorAll(selector)) {
      store.set(el, ring(el))
      const label = el.closest('label')
      if (label) store.set(label, ring(label))
    }
    ;(window as unknown as { __unfocused: WeakMap<Element, string> }).__unfocused = store
  }, FOCUSABLE)
}

/**
 * Checks the focused element: it shows a focus ring (an outline at least 2 px wide, or a
 * box-shadow) that it did not have unfocused, on itself or on the label that draws it; it is
 * on screen, at least partly, and not covered by anything (a sticky header, say).
 */
export function inspectFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement) return null
    const unfocused = (window as unknown as { __unfocused: WeakMap<Element, string> }).__unfocused
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      el.classList[0] ? `.${el.classList[0]}` : ''
    }${text ? ` "${text}"` : ''}${el.getAttribute('aria-label') ? ` [${el.getAttribute('aria-label')}]` : ''}`
    const problems: string[] = []

    // The ring may be drawn by the element or by its ::before or ::after (a card whose title
    // link covers the whole card draws the ring round the card with ::after).
    const ringOf = (node: Element) => {
      const styles = [null, '::before', '::after'].map((p) => getComputedStyle(node, p))
      const shows = styles.some((s) => {
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
        const transparent = /rgba\(.*, 0\)$|transparent/.test(s.outlineColor)
        return (outline && !transparent) || s.boxShadow !== 'none'
      })
      const key = styles
        .map((s) => `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`)
        .join(' / ')
      return { shows, key }
    }
    // A visually hidden input (a styled radio, say) shows its focus on the label around it.
    const r0 = el.getBoundingClientRect()
    const drawnBy = r0.width <= 1 || r0.height <= 1 ? (el.closest('label') ?? el) : el
    const ring = ringOf(drawnBy)
    const before = unfocused?.get(drawnBy)
    if (!ring.shows) problems.push('no focus ring (outline under 2px and no box-shadow)')
    else if (before !== undefined && before === ring.key) {
      problems.push('looks the same focused and unfocused')
    }

    // A link that wraps over two lines: its first line is where the eye looks.
    const r = drawnBy.getClientRects()[0] ?? drawnBy.getBoundingClientRect()
    if (r.width <= 1 || r.height <= 1) problems.push(`hidden (${r.width}×${r.height})`)
    else if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) {
      problems.push(`off screen at ${Math.round(r.left)},${Math.round(r.top)}`)
    } else {
      const s = getComputedStyle(drawnBy)
      if (s.visibility !== 'visible' || Number(s.opacity) === 0) problems.push('invisible')
      // Covered? Look at the visible middle of its box.
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1)
      const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 0), innerHeight - 1)
      const hit = document.elementFromPoint(x, Math.min(y, r.bottom - 1))
      if (hit && !drawnBy.contains(hit) && !hit.contains(drawnBy) && hit !== el) {
        const cover = `${hit.tagName.toLowerCase()}${hit.classList[0] ? `.${hit.classList[0]}` : ''}`
        problems.push(`covered by ${cover}`)
      }
    }
    return { what, problems }
  })
}

/**
 * Tabs through the page from the top, up to `limit` stops or until focus comes round again,
 * checking each stop. Returns the stops and whether the walk came full circle.
 */
export async function walkFocus(
  page: Page,
  limit: number,
): Promise<{ stops: FocusStop[]; complete: boolean }> {
  await recordUnfocused(page)
  const stops: FocusStop[] = []
  let first: string | null = null
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await inspectFocus(page)
    if (!stop) return { stops, complete: stops.length > 0 }
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement & { __stop?: number }
      el.__stop ??= Math.random()
      return String(el.__stop)
    })
    if (id === first) return { stops, complete: true }
    first ??= id
    stops.push(stop)
  }
  return { stops, complete: false }
}

/**
 * Controls a pointer could use that the Tab walk never reached: visible links, buttons and
 * fields that are not disabled, not inert and not deliberately out of the Tab order
 * (tabindex="-1", as in a roving-focus list that arrows move through). A radio group counts
 * as reached when one of its radios was. Meaningful only after a walk that came full circle.
 */
export function unreached(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reached = (el: Element) => '__stop' in el
    const groups = new Set(
      [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
        .filter(reached)
        .map((r) => r.name),
    )
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary',
    )
    return [...controls]
      .filter((el) => {
        if (reached(el) || el.getAttribute('tabindex') === '-1' || el.closest('[inert]')) {
          return false
        }
        if (el instanceof HTMLInputElement && el.type === 'radio' && groups.has(el.name)) {
          return false
        }
        const r = el.getBoundingClientRect()
        const s = getComputedStyle(el)
        return r.width > 1 && r.height > 1 && s.visibility === 'visible'
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`)
  })
}
