/**
 * The built app in the real Electron (`npm run test:electron`, which checks the binary is there
 * first): window security, the CSP as sent and as enforced, the bridge against the IPC contract,
 * every page, and one handout saved through main with the save dialog answered by the test.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { expectedApiMethods, topLevelPaths, windowRouteNames } from './plan'

const ROOT = join(import.meta.dirname, '..', '..')
const executablePath = process.env['ATLAS_ELECTRON_PATH']

// The renderer's own route table. Loaded by path at run time: its lazy `.vue` imports are
// resolved by Vite here, but the node-side type check has no `.vue` types to follow them with.
const ROUTER = join(ROOT, 'src', 'renderer', 'src', 'router.ts')
const { routes } = (await import(/* @vite-ignore */ ROUTER)) as { routes: RouteRecordRaw[] }

let app: ElectronApplication
let page: Page
let home: string
const errors: string[] = []

beforeAll(async () => {
  if (!executablePath) throw new Error('Run this through `npm run test:electron`.')
  // A home of its own: settings, window state and the single-instance lock stay out of the
  // tester's real profile (userData sits under these on Linux, macOS and Windows).
  home = await mkdtemp(join(tmpdir(), 'atlas-electron-'))
  app = await _electron.launch({
    executablePath,
    // Chromium refuses to start as root without this (CI containers); the renderer's own
    // sandbox flag, checked below, is unaffected.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      APPDATA: join(home, 'AppData'),
    } as Record<string, string>,
  })
  page = await app.firstWindow()
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  // The app's page, not the library prerendered into index.html (data-v-app: mounted).
  await page.locator('#app[data-v-app] #main h1').first().waitFor()
}, 60_000)

afterAll(async () => {
  await app?.close()
  if (home) await rm(home, { recursive: true, force: true })
})

describe('the window', () => {
  it('is sandboxed and isolated, without Node, with web security on', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows()
      // Undocumented but present in every Electron since 9: the preferences the window's
      // contents were created with, after Electron applied its defaults.
      const contents = window?.webContents as unknown as { getLastWebPreferences?: () => object }
      return contents?.getLastWebPreferences?.() ?? 'getLastWebPreferences is missing'
    })
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(
      await page.evaluate(() => [typeof globalThis.require, typeof globalThis.process]),
    ).toEqual(['undefined', 'undefined'])
  })

  it('is served over app:// with the CSP in the header and the page, and enforces it', async () => {
    expect(page.url()).toMatch(/^app:\/\/atlas\//)
    const sent = await page.evaluate(async () => {
      const response = await fetch(location.href.split('#')[0]!)
      return response.headers.get('content-security-policy')
    })
    expect(sent).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(meta).toBe(CONTENT_SECURITY_POLICY)
    // No eval, and no string into a DOM sink without the app's Trusted Types policy.
    const refused = await page.evaluate(() => {
      const outcome = (run: () => void) => {
        try {
          run()
          return 'ran'
        } catch (error) {
          return (error as Error).name
        }
      }
      return {
        eval: outcome(() => (0, eval)('1')),
        innerHTML: outcome(() => {
          document.createElement('div').innerHTML = '<b>x</b>'
        }),
      }
    })
    expect(refused).toEqual({ eval: 'EvalError', innerHTML: 'TypeError' })
    errors.length = 0 // the two refusals above are reported as violations, on purpose
  })

  it('exposes exactly the IPC contract as window.api, functions only', async () => {
    const api = await page.evaluate(() => {
      const bridge = (globalThis as unknown as { api?: Record<string, unknown> }).api ?? {}
      return Object.entries(bridge).map(([name, value]) => [name, typeof value])
    })
    expect(api.map(([name]) => name).sort()).toEqual(expectedApiMethods())
    expect(new Set(api.map(([, type]) => type))).toEqual(new Set(['function']))
  })
})

describe('every page', () => {
  it('opens each top-level route, and each other route from a link on those pages', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    const visited = new Set<string>()
    const visit = async (path: string) => {
      await page.evaluate((hash) => (location.hash = hash), `#${path}`)
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${path}`)
      await page.locator('#main h1').first().waitFor()
      expect(errors, `console errors on ${path}`).toEqual([])
      visited.add(String(router.resolve(path).name))
    }
    const links: string[] = []
    for (const path of topLevelPaths(routes)) {
      await visit(path)
      const hrefs = await page
        .locator('a[href^="#/"]')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!.slice(1)))
      links.push(...hrefs)
    }
    const wanted = windowRouteNames(routes)
    for (const name of wanted.filter((n) => !visited.has(n))) {
      const link = links.find((href) => router.resolve(href).name === name)
      if (link) await visit(link)
    }
    expect(wanted.filter((name) => !visited.has(name))).toEqual([])
  }, 120_000)
})

describe('a patient handout', () => {
  it('is saved through main, with the save dialog answered by the test', async () => {
    const target = join(home, 'handout.pdf')
    await app.evaluate(({ dialog }, filePath) => {
      // Main calls dialog.showSaveDialog at export time, so replacing it here answers the one
      // question a clinician would; nothing test-only is built into the app.
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as never
    }, target)
    const [topicId] = (await readdir(join(ROOT, 'resources', 'content', 'handouts')))
      .filter((file) => file.endsWith('.md'))
      .map((file) => file.replace(/\.md$/, ''))
    const result = await page.evaluate(
      (topic) =>
        (
          globalThis as unknown as {
            api: { exportHandout: (r: unknown) => Promise<{ ok: boolean; value?: unknown }> }
          }
        ).api.exportHandout({ topicId: topic, options: {} }),
      topicId!,
    )
    expect(result).toMatchObject({ ok: true, value: { path: target } })
    expect((await readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(errors).toEqual([])
  })
})
