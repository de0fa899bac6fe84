import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'

const app = useApp()
const require = createRequire(import.meta.url)

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * axe-core over the main screens, in light and dark themes. The app's CSP blocks injected
 * scripts, so these pages run with CSP bypassed; nothing else about them changes.
 */
describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const pages = [
    '/',
    '/modules/cramps-after-orgasm',
    '/modules/back-pain-after-sex/red-flags',
    '/compare/red-flag-triage',
    '/reference',
    '/reference/conditions/endometriosis',
  ]

  // Every screen in the light theme; in dark, the screens with the most colour (contrast).
  it.each([
    ['light', pages],
    ['dark', [pages[2]!, pages[3]!, pages[5]!]],
  ] as const)('finds no serious or critical problems (%s theme)', async (colorScheme, hashes) => {
    const axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
    const problems: string[] = []
    for (const hash of hashes) {
      const guard = await app.open(hash, { colorScheme, bypassCSP: true })
      await guard.page.evaluate(axe)
      const violations = await guard.page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }
        ).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        })
        return result.violations
      })
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        problems.push(
          `${hash}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
        )
      }
      await app.done(guard)
    }
    expect(problems).toEqual([])
  })
})
