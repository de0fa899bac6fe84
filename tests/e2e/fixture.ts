import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { guardedPage, launchChromium, type PageGuard } from './browser'
import { serveStatic } from './static-server'

export const SCREENSHOTS = join('test-results', 'screenshots')

/**
 * Starts the static server and Chromium once per test file; `open` gives a guarded page, and
 * `done` asserts it logged no console error and asked for nothing beyond 127.0.0.1.
 */
export function useApp() {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serveStatic>>
  const guards: PageGuard[] = []

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    server = await serveStatic('out/renderer')
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  return {
    url: (hash: string) => `${server.url}#${hash}`,
    /** `prepare` runs on the new context before the page loads (init scripts, storage). */
    async open(
      hash: string,
      options: BrowserContextOptions = {},
      prepare?: (context: BrowserContext) => Promise<void>,
    ): Promise<PageGuard> {
      const guard = await guardedPage(browser, options)
      guards.push(guard)
      await prepare?.(guard.page.context())
      await guard.page.goto(`${server.url}#${hash}`)
      // The app's page, not the library prerendered into index.html (data-v-app: mounted).
      await guard.page.locator('#app[data-v-app] #main h1').first().waitFor()
      // Long pages render in stages (useStagedRender): check the whole page, not its start.
      await guard.page.locator('[data-rendered="some"]').waitFor({ state: 'detached' })
      return guard
    },
    async shot(page: Page, name: string, fullPage = false): Promise<void> {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage })
    },
    async done(guard: PageGuard): Promise<void> {
      expect(guard.errors, 'console errors').toEqual([])
      expect(guard.offsiteRequests, 'requests beyond 127.0.0.1').toEqual([])
      await guard.page.context().close()
    },
  }
}
