import { describe, expect, it } from 'vitest'
import { APP_ROUTES, openRoute } from './app-routes'
import { useApp } from './fixture'
import { unreached, walkFocus } from './focus-walk'

const app = useApp()

/** The screens a clinician works in; presenting has its own keyboard tests (present-keys). */
const SCREENS = [
  'library',
  'module',
  'compare-index',
  'compare',
  'reference-index',
  'condition',
  'settings',
  'sources',
  'search',
  'sessions',
  'learning',
  'reflection-new',
  'not-found',
  'present-print',
]

/** Enough Tab presses to go round every screen but the longest (a module, the sources list). */
const LIMIT = 120

describe('keyboard alone, with a visible focus ring', () => {
  it.each(['light', 'dark'] as const)(
    'every Tab stop on the main screens shows a ring, on screen and uncovered (%s)',
    async (colorScheme) => {
      const problems: string[] = []
      for (const name of SCREENS) {
        const guard = await openRoute(app, name, { colorScheme })
        const { stops, complete } = await walkFocus(guard.page, LIMIT)
        expect(stops.length, `${name}: Tab reaches nothing`).toBeGreaterThan(3)
        for (const stop of stops) {
          for (const problem of stop.problems) problems.push(`${name}: ${stop.what}: ${problem}`)
        }
        if (complete) {
          for (const control of await unreached(guard.page)) {
            problems.push(`${name}: ${control} cannot be reached by Tab`)
          }
        }
        // Rings for people to look at: a library card, a citation and a field.
        const ringed = {
          library: '#main a.card__link',
          module: '#main .pa-cite a',
          settings: '#learning-cycle',
        }[name]
        if (ringed) {
          const target = guard.page.locator(ringed).first()
          // Focus it by keyboard: Tab from the element before it, so :focus-visible applies.
          await target.evaluate((el) => {
            const all = [
              ...document.querySelectorAll<HTMLElement>('a[href], button, input, select'),
            ]
            all[all.indexOf(el as HTMLElement) - 1]?.focus()
          })
          await guard.page.keyboard.press('Tab')
          await target.evaluate((el) => el.scrollIntoView({ block: 'center' }))
          await app.shot(guard.page, `focus-ring-${name}-${colorScheme}`)
        }
        await app.done(guard)
      }
      expect(problems).toEqual([])
    },
    600_000,
  )

  it.each(Object.keys(APP_ROUTES).filter((name) => !APP_ROUTES[name]!.bare))(
    '%s: the first Tab shows "Skip to content"; Enter moves focus to the main content',
    async (name) => {
      const guard = await openRoute(app, name)
      const { page } = guard
      const start = await page.evaluate(() => ({
        inMain: Boolean(document.activeElement?.closest('#main')),
        tag: document.activeElement?.tagName,
        // The first element Tab can reach, in document order.
        first: document.querySelector<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        )?.textContent,
      }))
      expect(start.first?.trim(), 'first in the Tab order').toBe('Skip to content')
      if (start.inMain) {
        // A module moves focus to its title as it opens (a deep link to its section), so
        // keyboard users start in the content already; the skip link is still first in order.
        expect(start.tag).toMatch(/^H[1-3]$/)
        await page.locator('.skip-link').focus()
      } else {
        await page.keyboard.press('Tab')
      }
      const skip = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement
        const r = el.getBoundingClientRect()
        return { text: el.textContent?.trim(), top: r.top, area: r.height * r.width }
      })
      expect(skip.text).toBe('Skip to content')
      expect(skip.top, 'skip link on screen').toBeGreaterThanOrEqual(0)
      expect(skip.area, 'skip link visible').toBeGreaterThan(100)
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
      // The next Tab goes into the page's content, past the header (when it has a control).
      await page.keyboard.press('Tab')
      const next = await page.evaluate(() => ({
        inMain: Boolean(document.activeElement?.closest('#main')),
        mainHasControls: Boolean(
          document.querySelector(
            '#main :is(a[href], button, input, select, textarea, summary, [tabindex="0"])',
          ),
        ),
      }))
      if (next.mainHasControls) expect(next.inMain).toBe(true)
      await app.done(guard)
    },
  )
})
