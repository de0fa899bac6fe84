import type { Page } from 'playwright-core'
import type { PageGuard } from './browser'

/** What a presenting page shows: slide (1-based), step and blank screen. */
export interface Shown {
  slide: number
  step: number
  blank: 'none' | 'black' | 'white'
}

/**
 * Reads the shown state from the DOM, as the room would see it: the audience view's slide,
 * or the console's current slide, and whether a blank screen covers it.
 */
export function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const slide =
      document.querySelector<HTMLElement>('.console__current .slide') ??
      document.querySelector<HTMLElement>('.audience .slide-frame .slide')
    const blank = document.querySelector('.audience__blank--black')
      ? 'black'
      : document.querySelector('.audience__blank--white')
        ? 'white'
        : (document.querySelector('[data-blank]')?.getAttribute('data-blank') ?? 'none')
    return {
      slide: Number(slide?.dataset['slide'] ?? 0),
      step: Number(slide?.dataset['step'] ?? 0),
      blank: blank as 'none' | 'black' | 'white',
    }
  })
}

/** A second page in the same browser context (so BroadcastChannel reaches it), guarded too. */
export async function secondPage(guard: PageGuard, url: string): Promise<PageGuard> {
  const page = await guard.page.context().newPage()
  const second: PageGuard = { page, errors: [], offsiteRequests: guard.offsiteRequests }
  page.on('console', (m) => {
    if (m.type() === 'error') second.errors.push(m.text())
  })
  page.on('pageerror', (e) => second.errors.push(e.message))
  await page.goto(url)
  await page.locator('.slide').first().waitFor()
  return second
}

/** A small seeded generator, so a failing random run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Checks the slide in view: its content box does not overflow, no text is under `minPx`, and
 * every piece of text meets `minContrast` against the background it sits on. Returns the
 * problems in words.
 */
export function slideProblems(
  page: Page,
  options: { minPx: number; minContrast: number },
): Promise<string[]> {
  return page.evaluate(({ minPx, minContrast }) => {
    const problems: string[] = []
    const slide = document.querySelector<HTMLElement>('.audience .slide-frame .slide')
    if (!slide) return ['no slide shown']
    const label = `slide ${slide.dataset['slide']} step ${slide.dataset['step']}`
    const box = slide.querySelector<HTMLElement>('[data-slide-content]')!
    if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)
      problems.push(
        `${label}: content ${box.scrollWidth}×${box.scrollHeight} overflows ${box.clientWidth}×${box.clientHeight}`,
      )
    const rgb = (color: string): number[] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color)
      if (!m) return null
      return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
    }
    const luminance = ([r, g, b]: number[]) => {
      const f = (c: number) => {
        const s = c / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!)
    }
    const background = (element: Element | null): number[] => {
      for (let e = element; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c && c[3]! > 0.99) return c
      }
      return [255, 255, 255, 1]
    }
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    const seen = new Set<Element>()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      if (!element || seen.has(element) || !node.textContent?.trim()) continue
      seen.add(element)
      const style = getComputedStyle(element)
      if (style.visibility === 'hidden' || element.closest('[aria-hidden="true"]')) continue
      const size = parseFloat(style.fontSize)
      const text = node.textContent.trim().slice(0, 30)
      if (size < minPx) problems.push(`${label}: "${text}" is ${size}px`)
      const fg = rgb(style.color)
      if (!fg) continue
      const l1 = luminance(fg)
      const l2 = luminance(background(element))
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)
      if (ratio < minContrast)
        problems.push(`${label}: "${text}" contrast ${ratio.toFixed(2)} (${style.color})`)
    }
    return problems
  }, options)
}
