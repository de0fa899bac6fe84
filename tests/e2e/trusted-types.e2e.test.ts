import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'

const app = useApp()

/** The built page's CSP, as the meta tag carries it. */
async function builtPolicy(): Promise<string> {
  const html = await readFile('out/renderer/index.html', 'utf8')
  const raw = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  return raw.replace(/&#39;/g, "'")
}

// Every other browser test renders pages with these rules in force and ends with the guard,
// which fails on any violation; these check that the rules are there and that the guard sees them.
describe('Trusted Types in the built app', () => {
  it('ships the CSP with Trusted Types required, one named policy, and no frames, workers or manifests', async () => {
    const csp = await builtPolicy()
    expect(csp).toContain("require-trusted-types-for 'script'")
    expect(csp).toMatch(/(^|; )trusted-types atlas-html(;|$)/)
    for (const directive of ["frame-src 'none'", "worker-src 'none'", "manifest-src 'none'"])
      expect(csp).toContain(directive)
  })

  it('enforces them: a plain string put into innerHTML is refused and fails the guard', async () => {
    const guard = await app.open('/')
    const outcome = await guard.page.evaluate(() => {
      const results: string[] = []
      try {
        document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>'
        results.push('string accepted')
      } catch (error) {
        results.push((error as Error).name)
      }
      try {
        const factory = (
          window as unknown as { trustedTypes: { createPolicy(n: string, r: object): unknown } }
        ).trustedTypes
        factory.createPolicy('attacker', { createHTML: (s: string) => s })
        results.push('policy created')
      } catch (error) {
        results.push((error as Error).name)
      }
      return results
    })
    expect(outcome).toEqual(['TypeError', 'TypeError'])
    // Both refusals were reported: the guard every test ends with would fail on them.
    await expect
      .poll(() => guard.errors.filter((e) => e.startsWith('CSP violation')).length)
      .toBe(2)
    await guard.page.context().close()
  })
})
