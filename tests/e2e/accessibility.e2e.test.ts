import { describe, expect, it } from 'vitest'
import { APP_ROUTES, openRoute } from './app-routes'
import { axeProblems } from './axe'
import { useApp } from './fixture'
import { measureReflow } from './reflow'

const app = useApp()

/**
 * Zoomed windows, as CSS sees them: a 1366 × 768 laptop at Windows' common 125% is 1093 × 614
 * CSS px, a 1280 × 800 screen at 125% is 1024 × 640 and at 200% 640 × 400; WCAG 1.4.10 asks
 * for reflow at 320 CSS px wide (1280 at 400%).
 */
const ZOOMS = [
  { zoom: '125% of 1366', width: 1093, height: 614 },
  { zoom: '125% of 1280', width: 1024, height: 640 },
  { zoom: '200%', width: 640, height: 400 },
  { zoom: '400%', width: 320, height: 256 },
] as const

/** Screens photographed at 200% for people to look at (test-results/screenshots). */
const PHOTOGRAPHED = new Set(['library', 'module', 'compare'])

/**
 * One page of every route (APP_ROUTES, kept equal to the router's routes by
 * app-routes.e2e.test.ts), in the light and the dark theme: axe-core at 1280 × 800, then the
 * same page zoomed, where it must reflow. Overlays (quick search, slide overview, handout
 * panel) have their own axe checks in the search and presenting tests.
 */
describe('every route: axe-core (WCAG 2.1 A and AA) and reflow when zoomed', () => {
  it.each(['light', 'dark'] as const)(
    'no serious or critical axe findings, no sideways scrolling at 125%, 200% and 400% (%s theme)',
    async (colorScheme) => {
      const problems: string[] = []
      for (const [name, { hash }] of Object.entries(APP_ROUTES)) {
        const guard = await openRoute(app, name, {
          colorScheme,
          bypassCSP: true,
          viewport: { width: 1280, height: 800 },
        })
        const { page } = guard
        problems.push(...(await axeProblems(page, `${name} ${hash}`)))
        for (const { zoom, width, height } of ZOOMS) {
          await page.setViewportSize({ width, height })
          // Let layout (and anything measuring the window) settle at the new size.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
          const { overflow, offenders, unboxed, unreachable } = await measureReflow(page)
          if (overflow > 0 || offenders.length > 0) {
            problems.push(`${name} at ${zoom}: scrolls ${overflow}px sideways; ${offenders}`)
          }
          if (unboxed.length > 0) problems.push(`${name} at ${zoom}: not in a box: ${unboxed}`)
          if (unreachable.length > 0) {
            problems.push(`${name} at ${zoom}: scrolls, keyboard cannot reach: ${unreachable}`)
          }
          if (width === 640 && PHOTOGRAPHED.has(name)) {
            // Where a wide table meets the narrow column: it must scroll in its own box.
            if (name !== 'library') {
              await page
                .locator('#main table')
                .first()
                .evaluate((el) => el.scrollIntoView())
            }
            await app.shot(page, `zoom-200-${name}-${colorScheme}`)
          }
        }
        await app.done(guard)
      }
      expect(problems).toEqual([])
    },
    900_000,
  )
})
