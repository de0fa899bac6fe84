import { describe, expect, it } from 'vitest'
import { openRoute } from './app-routes'
import { axeProblems } from './axe'
import { useApp } from './fixture'

const app = useApp()

/**
 * The app's own dialogs, which no route shows by itself: keyboard shortcuts (?) and the
 * patient handout panel (h on a module). Each opens by keyboard, takes focus, passes axe in
 * both themes and closes with Esc, giving focus back. Quick search and the slide overview
 * have the same checks in the search and presenting tests.
 */
describe('dialogs opened by keyboard', () => {
  it.each(['light', 'dark'] as const)('shortcuts and handout panel (%s)', async (colorScheme) => {
    const problems: string[] = []
    const guard = await openRoute(app, 'module', { colorScheme, bypassCSP: true })
    const { page } = guard
    for (const [key, name] of [
      ['?', 'keyboard shortcuts'],
      ['h', 'patient handout'],
    ] as const) {
      const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))
      await page.keyboard.press(key)
      const dialog = page.locator('dialog[open]')
      await dialog.waitFor()
      // Let the panel's content (a handout preview) arrive before judging it.
      await page.waitForLoadState('networkidle')
      expect(
        await dialog.evaluate((el) => el.contains(document.activeElement)),
        `${key}: focus inside the dialog`,
      ).toBe(true)
      problems.push(...(await axeProblems(page, `dialog ${name}`)))
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      expect(
        await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80)),
        `${key}: focus back where it was`,
      ).toBe(before)
    }
    await app.done(guard)
    expect(problems).toEqual([])
  })
})
