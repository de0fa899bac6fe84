import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

/** Debian's Chromium; override with CHROMIUM_PATH. Playwright never downloads its own. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * Problems a page must not have: console errors (CSP and Trusted Types violations included),
 * uncaught exceptions, requests off-machine.
 */
export interface PageGuard {
  page: Page
  errors: string[]
  offsiteRequests: string[]
}

/**
 * A page that records console errors and page errors, and blocks (and records) any request
 * that would leave 127.0.0.1, so a test can assert the app stays offline.
 */
export async function guardedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<PageGuard> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options })
  // A CSP or Trusted Types violation (a string put into innerHTML, a blocked script or frame)
  // becomes a console error, which every test's guard fails on, even when the app catches
  // the exception the violation raised.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'an assignment'}` +
          (event.sample ? ` (${event.sample})` : ''),
      )
    })
  })
  const page = await context.newPage()
  const errors: string[] = []
  const offsiteRequests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue()
    offsiteRequests.push(url.href)
    return route.abort()
  })
  return { page, errors, offsiteRequests }
}
