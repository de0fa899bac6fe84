import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './fixture'

const app = useApp()
const require = createRequire(import.meta.url)

async function violations(page: Page, name: string): Promise<string[]> {
  const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(axe)
  const found = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(o: object): Promise<{
            violations: {
              id: string
              impact: string | null
              help: string
              nodes: { target: string[] }[]
            }[]
          }>
        }
      }
    ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  })
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${name}: ${v.id} ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
}

/** axe-core on every presenting screen, light and dark (CSP bypassed to inject axe only). */
describe('presenting is accessible (axe-core, WCAG 2.1 A and AA)', () => {
  it.each(['light', 'dark'] as const)(
    'audience view, overview, console and session builder (%s)',
    async (colorScheme) => {
      const problems: string[] = []
      const options = { colorScheme, bypassCSP: true }
      const audience = await app.open('/present/cramps-after-orgasm/6', options)
      problems.push(...(await violations(audience.page, 'audience')))
      await audience.page.keyboard.press('o')
      await audience.page.getByRole('dialog', { name: /All slides/ }).waitFor()
      problems.push(...(await violations(audience.page, 'overview')))
      await app.done(audience)

      const console = await app.open('/present/leg-twitching-after-sex/presenter', options)
      for (let i = 0; i < 10; i++) await console.page.keyboard.press('ArrowRight')
      problems.push(...(await violations(console.page, 'console')))
      await app.done(console)

      const sessions = await app.open('/sessions', options)
      await sessions.page.getByRole('button', { name: 'New session' }).click()
      await sessions.page.locator('summary', { hasText: 'Cramps after orgasm' }).click()
      await sessions.page
        .getByRole('button', { name: /Add section: Opening/ })
        .first()
        .click()
      problems.push(...(await violations(sessions.page, 'sessions')))
      await app.done(sessions)
      expect(problems).toEqual([])
    },
  )
})
