import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'
import { secondPage, seeded, shown } from './present-helpers'

const app = useApp()
const DECK = 'cramps-after-orgasm'
/** Keys a presenter or a clicker might press, overview and blank screens included. */
const KEYS = [
  'ArrowRight',
  'ArrowRight',
  'PageDown',
  'Space',
  'ArrowLeft',
  'PageUp',
  'Home',
  'End',
  'b',
  'w',
  '.',
  'o',
  'Escape',
  'Enter',
  '3',
  'ArrowDown',
  'ArrowUp',
]

describe('presenting: console and audience in step', () => {
  it('opens the audience window from the console and stays in step over 50 random key presses', async () => {
    const guard = await app.open(`/present/${DECK}/presenter`)
    const { page: console } = guard
    const [popup] = await Promise.all([
      console.context().waitForEvent('page'),
      console.getByRole('button', { name: 'Audience window' }).click(),
    ])
    await popup.locator('.audience .slide').waitFor()
    const audience = { page: popup, errors: [] as string[], offsiteRequests: guard.offsiteRequests }
    popup.on('pageerror', (e) => audience.errors.push(e.message))

    const random = seeded(9)
    const pressed: string[] = []
    for (let i = 0; i < 50; i++) {
      const key = KEYS[Math.floor(random() * KEYS.length)]!
      // Mostly the presenter's keyboard; sometimes a clicker aimed at the audience window.
      const target = random() < 0.8 ? console : popup
      pressed.push(`${target === console ? 'console' : 'audience'}:${key}`)
      await target.keyboard.press(key)
      await expect
        .poll(async () => JSON.stringify(await shown(popup)), {
          timeout: 3000,
          message: pressed.join(' '),
        })
        .toBe(JSON.stringify(await shown(console)))
    }
    expect(audience.errors).toEqual([])
    await app.done(guard)
  })

  it('keeps a view opened later in step: it asks for the state and gets it', async () => {
    const guard = await app.open(`/present/${DECK}/presenter`)
    const { page } = guard
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    const audience = await secondPage(guard, app.url(`/present/${DECK}`))
    await expect.poll(() => shown(audience.page)).toEqual({ slide: 5, step: 0, blank: 'none' })
    await audience.page.keyboard.press('ArrowLeft')
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(4)
    expect(audience.errors).toEqual([])
    await app.done(guard)
  })

  it('drops messages that are not valid, and keeps going', async () => {
    const guard = await app.open(`/present/${DECK}/presenter`)
    const audience = await secondPage(guard, app.url(`/present/${DECK}`))
    await audience.page.evaluate(() => {
      const channel = new BroadcastChannel('atlas-present')
      channel.postMessage({
        type: 'state',
        presentation: 'deck:cramps-after-orgasm',
        from: 'zzzzzzzz',
        version: 99,
        slides: 31,
        state: { slide: 999 },
      })
      channel.postMessage('<img src=x onerror=alert(1)>')
      channel.close()
    })
    await guard.page.keyboard.press('ArrowRight')
    await expect.poll(() => shown(audience.page).then((s) => s.slide)).toBe(2)
    await expect.poll(() => shown(guard.page).then((s) => s.slide)).toBe(2)
    await app.done(guard)
  })

  it('pauses the timer for questions, and pacing turns from on time to behind (faked clock)', async () => {
    const guard = await app.open('/')
    const { page } = guard
    await page.clock.install({ time: new Date('2026-12-07T09:00:00Z') })
    await page.goto(app.url(`/present/${DECK}/presenter`))
    await page.locator('.console').waitFor()
    const status = page.getByTestId('pacing-status')
    const elapsed = page.getByTestId('elapsed')
    await expect(status.textContent()).resolves.toContain('Not started')
    await page.getByRole('button', { name: 'Start timer' }).click()
    await page.clock.fastForward(30_000)
    await expect.poll(() => status.textContent()).toContain('On time')
    // The title slide has one minute; five minutes on it is behind.
    await page.clock.fastForward('05:00')
    await expect.poll(() => status.textContent()).toContain('Behind')
    const before = await elapsed.textContent()
    await page.getByRole('button', { name: 'Pause timer' }).click()
    await page.clock.fastForward('10:00')
    await expect.poll(() => status.textContent()).toContain('timer paused')
    expect(await elapsed.textContent()).toBe(before)
    await page.getByRole('button', { name: 'Resume timer' }).click()
    await page.clock.fastForward(2_000)
    await expect.poll(() => elapsed.textContent()).not.toBe(before)
    // Catching up: jumping to where the plan says the talk should be reads on time again.
    await page.keyboard.press('3')
    await page.keyboard.press('Enter')
    await expect.poll(() => status.textContent()).toContain('On time')
    await app.shot(page, 'present-console')
    await app.done(guard)
  })

  it('records a rehearsal and keeps its timings as the budget', async () => {
    const guard = await app.open('/')
    const { page } = guard
    await page.clock.install({ time: new Date('2026-12-07T09:00:00Z') })
    await page.goto(app.url(`/present/${DECK}/presenter`))
    await page.locator('.console').waitFor()
    await page.getByRole('button', { name: 'Rehearse' }).click()
    await page.clock.fastForward('02:00')
    await page.keyboard.press('ArrowRight')
    await page.clock.fastForward('00:30')
    await page.getByRole('button', { name: 'Finish rehearsal' }).click()
    const report = page.getByRole('dialog', { name: 'Rehearsal timings' })
    await report.waitFor()
    await expect(report.locator('tbody tr').first().textContent()).resolves.toContain('1:00 over')
    await report.getByRole('button', { name: 'Keep these timings as the budget' }).click()
    // The title slide's budget is now the rehearsed two minutes, and it survives a reload.
    await page.reload()
    await page.locator('.console').waitFor()
    await expect(page.locator('.notes__title').textContent()).resolves.toContain('2 min')
    await app.done(guard)
  })
})
