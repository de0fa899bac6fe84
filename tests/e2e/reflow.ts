import type { Page } from 'playwright-core'

/** What stops a page reflowing at a width: nothing, when the page does not scroll sideways. */
export interface Reflow {
  /** How far the page scrolls sideways, in CSS px (0 when it reflows). */
  overflow: number
  /** Elements reaching past the viewport's right edge outside any box that scrolls. */
  offenders: string[]
  /** Tables and code blocks wider than their column that do not scroll in a box of their own. */
  unboxed: string[]
  /** Boxes that scroll sideways but that the keyboard cannot reach to scroll. */
  unreachable: string[]
}

/**
 * Measures reflow in the page as laid out now (WCAG 1.4.10): the document must not scroll
 * sideways; a table or code block may be wider than the column only inside its own
 * scrolling box.
 */
export function measureReflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement!
    const width = root.clientWidth
    const name = (el: Element): string => {
      const id = el.id ? `#${el.id}` : ''
      const cls = [...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('')
      const parent = el.parentElement
      const where = parent && parent !== document.body ? `${name(parent).split(' ').pop()} > ` : ''
      return `${where}${el.tagName.toLowerCase()}${id}${cls}`
    }
    /** The nearest ancestor that clips or scrolls sideways, or null for the document. */
    const scroller = (el: Element): Element | null => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX
        if (x !== 'visible') return p
      }
      return null
    }
    const offenders: string[] = []
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.right <= width + 0.5) continue
      if (getComputedStyle(el).position === 'fixed') continue
      // Not rendered (a closed <details>, say): laid out for measuring, never scrolled to.
      if (!el.checkVisibility()) continue
      if (scroller(el)) continue
      offenders.push(`${name(el)} (right edge ${Math.round(r.right)})`)
    }
    const unboxed: string[] = []
    for (const el of document.querySelectorAll('table, pre')) {
      const box = scroller(el)
      const r = el.getBoundingClientRect()
      const column = (box ?? el.parentElement!).getBoundingClientRect()
      if (
        r.width > column.width + 0.5 &&
        (!box || !/auto|scroll/.test(getComputedStyle(box).overflowX))
      ) {
        unboxed.push(name(el))
      }
    }
    // A box that scrolls sideways must take focus itself or hold something that does, or
    // keyboard users cannot scroll it (what axe's scrollable-region-focusable checks, here at
    // the zoomed width where the boxes actually scroll).
    const unreachable: string[] = []
    const focusable =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.scrollWidth <= el.clientWidth + 1) continue
      if (!/auto|scroll/.test(getComputedStyle(el).overflowX) || !el.checkVisibility()) continue
      if (el.tabIndex >= 0 || el.querySelector(focusable)) continue
      unreachable.push(name(el))
    }
    return {
      overflow: root.scrollWidth - width,
      offenders: offenders.slice(0, 6),
      unboxed,
      unreachable,
    }
  })
}
