import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openRoute } from './app-routes'
import { useApp } from './fixture'

const app = useApp()

/** The longest transition or animation anywhere on the page (pseudo-elements too), in seconds. */
function motion(page: Page): Promise<{ longest: number; where: string; smooth: string[] }> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      Math.max(
        ...list
          .split(',')
          .map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))),
      )
    let longest = 0
    let where = ''
    const smooth: string[] = []
    for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo)
        const transition = s.transitionProperty === 'none' ? 0 : seconds(s.transitionDuration)
        const animation = s.animationName === 'none' ? 0 : seconds(s.animationDuration)
        const most = Math.max(transition, animation)
        if (most > longest) {
          longest = most
          where = `${el.tagName.toLowerCase()}.${el.classList[0] ?? ''}${pseudo ?? ''}`
        }
        if (!pseudo && s.scrollBehavior === 'smooth') smooth.push(el.tagName.toLowerCase())
      }
    }
    return { longest, where, smooth }
  })
}

/** The library, a module and the presenter console. */
const SAMPLED = ['library', 'module', 'presenter'] as const

/**
 * Adds an element with a 0.3 s transition, as a component of the app would declare one: the
 * app's own pages have almost none (the cards' hover fade went, for speed), and the reduced
 * motion rules must hold for any that comes. Set through the CSSOM, which the CSP allows.
 */
async function addMotionProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = document.createElement('div')
    probe.className = 'motion-probe'
    probe.style.transition = 'opacity 0.3s'
    document.body.append(probe)
  })
}

describe('reduced motion', () => {
  it('with the system asking for less motion, nothing moves for longer than 0.01 s', async () => {
    for (const name of SAMPLED) {
      const guard = await openRoute(app, name, { reducedMotion: 'reduce' })
      await addMotionProbe(guard.page)
      const found = await motion(guard.page)
      expect(found.longest, `${name}: ${found.where}`).toBeLessThanOrEqual(0.01)
      expect(found.smooth, `${name}: smooth scrolling`).toEqual([])
      await app.done(guard)
    }
  })

  it('without that request the same motion runs (so the check above can fail)', async () => {
    const guard = await openRoute(app, 'library', { reducedMotion: 'no-preference' })
    await addMotionProbe(guard.page)
    expect((await motion(guard.page)).longest).toBeGreaterThan(0.1)
    await app.done(guard)
  })

  it("Settings' own choice wins over the system's, both ways", async () => {
    for (const [system, choice, moves] of [
      ['no-preference', 'Reduce motion', false],
      ['reduce', 'Allow motion', true],
    ] as const) {
      const guard = await openRoute(app, 'settings', { reducedMotion: system })
      const { page } = guard
      await page.getByRole('radio', { name: choice }).check()
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Library' })
        .click()
      await page.locator('#library-title').waitFor()
      await addMotionProbe(page)
      const found = await motion(page)
      if (moves) expect(found.longest, choice).toBeGreaterThan(0.1)
      else expect(found.longest, `${choice}: ${found.where}`).toBeLessThanOrEqual(0.01)
      await app.done(guard)
    }
  })
})
