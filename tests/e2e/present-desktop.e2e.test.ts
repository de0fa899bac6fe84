import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './browser'
import { serveStatic } from './static-server'
import { SCREENSHOTS } from './fixture'
import { desktopHarness, type DesktopHarness } from './desktop-harness'
import { seeded, shown } from './present-helpers'
import { LAPTOP, PROJECTOR } from '../main/present/screen-fakes'

const run = promisify(execFile)
/** Windows open and load at the pace of a busy two-core machine. */
const poll = <T>(check: () => T) => expect.poll(check, { timeout: 15_000 })
const DECK = 'cramps-after-orgasm'
const KEYS = [
  'ArrowRight',
  'ArrowRight',
  'PageDown',
  'Space',
  'ArrowLeft',
  'Home',
  'End',
  'b',
  'w',
  '3',
  'Enter',
  'ArrowDown',
]

/**
 * The desktop app's presenting flow in Chromium, with main's real presenting code behind
 * `window.api` (see desktop-harness.ts): the audience window on the projector, both windows in
 * step through main, swap, unplugging, one screen, slides saved as PDF, sessions kept by main.
 */
describe('presenting in the desktop app (main stood in by its own code)', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serveStatic>>
  const harnesses: DesktopHarness[] = []

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true })
    server = await serveStatic('out/renderer')
    browser = await launchChromium()
  })
  afterAll(async () => {
    for (const h of harnesses) await h.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
  })

  async function start(
    start = `#/present/${DECK}/presenter`,
    displays = [LAPTOP, PROJECTOR],
    options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
  ): Promise<DesktopHarness> {
    const h = await desktopHarness(browser, server.url, { start, displays, ...options })
    harnesses.push(h)
    return h
  }
  async function openConsole(h: DesktopHarness): Promise<Page> {
    await h.console.locator('.console').waitFor()
    return h.console
  }
  const chosen = (page: Page) =>
    page
      .getByLabel('Slides on')
      .evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)

  it('opens the audience window on the projector and keeps both windows in step through main', async () => {
    const h = await start()
    const console = await openConsole(h)
    await poll(() => chosen(console)).toBe('EPSON PJ, 1920 × 1080')
    await console.getByRole('button', { name: 'Audience window' }).click()
    await poll(() => h.audience()?.locator('.audience .slide').count()).toBe(1)
    const audience = h.audience()!
    expect(audience.viewportSize()).toEqual({ width: 1920, height: 1080 })
    await console.getByRole('button', { name: 'Close audience window' }).waitFor()
    await h.console.screenshot({ path: join(SCREENSHOTS, 'present-desktop-console.png') })

    const random = seeded(21)
    const pressed: string[] = []
    for (let i = 0; i < 30; i++) {
      const key = KEYS[Math.floor(random() * KEYS.length)]!
      const target = random() < 0.75 ? console : audience
      pressed.push(`${target === console ? 'console' : 'audience'}:${key}`)
      await target.keyboard.press(key)
      await expect
        .poll(async () => JSON.stringify(await shown(audience)), {
          timeout: 3000,
          message: pressed.join(' '),
        })
        .toBe(JSON.stringify(await shown(console)))
    }
    await audience.screenshot({ path: join(SCREENSHOTS, 'present-desktop-audience.png') })

    // Swap: the console goes to the projector, the slides to the laptop.
    await console.getByRole('button', { name: 'Swap screens' }).click()
    await poll(() => chosen(console)).toBe('Built-in screen, 1366 × 768')
    await expect
      .poll(() =>
        console
          .getByLabel('Slides on')
          .locator('option', { hasText: 'this console' })
          .textContent(),
      )
      .toBe('EPSON PJ, 1920 × 1080 (this console)')
    // The slides stayed where they were in the presentation.
    expect(await shown(audience)).toEqual(await shown(console))

    // Leaving the console ends the presentation: the audience window closes with it.
    await console.getByRole('link', { name: 'Leave' }).click()
    await poll(() => audience.isClosed()).toBe(true)
    expect(h.errors).toEqual([])
  })

  it('closes the audience window when the projector is unplugged, and says what to do', async () => {
    const h = await start()
    const console = await openConsole(h)
    await console.getByRole('button', { name: 'Audience window' }).click()
    await poll(() => h.audience()?.locator('.audience .slide').count()).toBe(1)
    const audience = h.audience()!
    h.screen.plug([LAPTOP], 'display-removed')
    await poll(() => audience.isClosed()).toBe(true)
    await expect(
      console.getByRole('status').filter({ hasText: 'second screen was disconnected' }).count(),
    ).resolves.toBe(1)
    await console.getByText('One screen:', { exact: true }).waitFor()
    expect(h.errors).toEqual([])
  })

  for (const colorScheme of ['light', 'dark'] as const)
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ])
      it(`one screen: the console with its preview, or the slides alone (s) — ${colorScheme}, ${viewport.width}×${viewport.height}`, async () => {
        const h = await start(undefined, [LAPTOP], { colorScheme, viewport })
        const console = await openConsole(h)
        await console.getByText('One screen:', { exact: true }).waitFor()
        expect(await console.getByRole('button', { name: 'Audience window' }).count()).toBe(0)
        const size = `${colorScheme}-${viewport.width}`
        await console.screenshot({
          path: join(SCREENSHOTS, `present-desktop-one-screen-${size}.png`),
        })
        await console.keyboard.press('ArrowRight')
        await console.keyboard.press('s')
        const mirror = console.getByTestId('mirror')
        await mirror.waitFor()
        const box = await mirror.boundingBox()
        expect(box).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height })
        expect(await mirror.locator('.slide').getAttribute('data-slide')).toBe('2')
        await console.keyboard.press('ArrowRight')
        await poll(() => mirror.locator('.slide').getAttribute('data-slide')).toBe('3')
        await console.screenshot({ path: join(SCREENSHOTS, `present-desktop-mirror-${size}.png`) })
        await console.keyboard.press('b')
        await console.locator('.console__mirror-blank--black').waitFor()
        await console.keyboard.press('b')
        await console.keyboard.press('s')
        await poll(() => mirror.count()).toBe(0)
        expect((await shown(console)).slide).toBe(3)
        expect(h.errors).toEqual([])
      })

  it('saves slides for attendees and the presenter script as PDFs printed by main', async () => {
    const h = await start()
    const console = await openConsole(h)
    const slides = Number(
      (await console.getByTestId('console-slide').textContent())!.match(/of (\d+)/)![1],
    )
    await console.getByText('Save as PDF…').click()
    await console
      .getByRole('button', { name: 'Slides for attendees: 3 a page, with note lines' })
      .click()
    const saved = console.getByText(/Saved cramps-after-orgasm-slides-3-a-page-with-lines\.pdf/)
    // Chromium prints 30-odd slides: allow for a busy machine.
    await saved.waitFor({ timeout: 90_000 })
    await expect(saved.textContent()).resolves.toMatch(
      new RegExp(`\\(${Math.ceil(slides / 3)} pages, \\d+ KB\\)`),
    )
    await console
      .getByRole('button', { name: 'Presenter script: each slide with its notes' })
      .click()
    await console
      .getByText(/Saved cramps-after-orgasm-presenter-script\.pdf/)
      .waitFor({ timeout: 90_000 })
    await console.screenshot({ path: join(SCREENSHOTS, 'present-desktop-saved-pdf.png') })

    expect((await readdir(h.documents)).sort()).toEqual([
      'cramps-after-orgasm-presenter-script.pdf',
      'cramps-after-orgasm-slides-3-a-page-with-lines.pdf',
    ])
    const handout = join(h.documents, 'cramps-after-orgasm-slides-3-a-page-with-lines.pdf')
    const info = (await run('pdfinfo', [handout])).stdout
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    expect(info).toMatch(new RegExp(`Pages:\\s+${Math.ceil(slides / 3)}\\b`))
    const script = (
      await run('pdftotext', [join(h.documents, 'cramps-after-orgasm-presenter-script.pdf'), '-'])
    ).stdout
    expect(script).toContain('Ask the room')
    await run('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      handout,
      join(SCREENSHOTS, 'present-desktop-pdf'),
    ])
    expect(h.errors).toEqual([])
  }, 180_000)

  it('keeps sessions in the user-data folder, and keeps an unreadable file aside with a clear message', async () => {
    const h = await start('#/sessions')
    const page = h.console
    await page.getByRole('button', { name: 'New session' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Pelvic pain after sex, 45 minutes')
    await page.locator('summary', { hasText: 'Leg twitching after sex' }).click()
    await page.getByRole('button', { name: /Add section: Opening/ }).click()
    await page.getByRole('button', { name: 'Save session' }).click()
    await page.getByRole('heading', { name: 'Pelvic pain after sex, 45 minutes' }).waitFor()
    const file = join(h.userData, 'presenting', 'sessions.json')
    const stored = JSON.parse(await readFile(file, 'utf8')) as { sessions: { name: string }[] }
    expect(stored.sessions.map((s) => s.name)).toEqual(['Pelvic pain after sex, 45 minutes'])

    // Nothing in the page's own storage: main has it.
    expect(await page.evaluate(() => localStorage.getItem('atlas.present.sessions'))).toBeNull()
    await writeFile(file, '{"version":1,"sessions":[{"id":"BAD"')
    await page.reload()
    const alert = page.getByRole('alert')
    await expect(alert.textContent()).resolves.toMatch(
      /could not be read.*kept under “.*presenting[\\/]sessions\.unreadable-[^”]+\.json”/,
    )
    const backups = (await readdir(join(h.userData, 'presenting'))).filter((f) =>
      f.includes('unreadable'),
    )
    expect(backups).toHaveLength(1)
    expect(await readFile(join(h.userData, 'presenting', backups[0]!), 'utf8')).toBe(
      '{"version":1,"sessions":[{"id":"BAD"',
    )
    expect(h.errors).toEqual([])
  })
})
