import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'
import { realContent } from './content'
import { shown } from './present-helpers'

const app = useApp()
const DECK = 'cramps-after-orgasm'

describe('presenting: the audience view and its keys', async () => {
  const deck = (await realContent()).decks.find((d) => d.id === DECK)!
  const question = deck.slides.findIndex((s) => s.kind === 'question') + 1
  const compare = deck.slides.findIndex((s) => s.kind === 'compare') + 1

  it('moves with the keyboard and with what clickers send, and keeps the address in step', async () => {
    const guard = await app.open(`/present/${DECK}`)
    const { page } = guard
    const at = () => shown(page).then((s) => s.slide)
    await expect.poll(at).toBe(1)
    for (const key of ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'])
      await page.keyboard.press(key)
    await expect.poll(at).toBe(5)
    for (const key of ['PageUp', 'ArrowLeft']) await page.keyboard.press(key)
    await expect.poll(at).toBe(3)
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/present/${DECK}/3`)
    await page.keyboard.press('End')
    await expect.poll(at).toBe(deck.slides.length)
    await page.keyboard.press('Home')
    await expect.poll(at).toBe(1)
    // Only the slide is on screen: no app header over a projected slide.
    expect(await page.locator('.app-header').count()).toBe(0)
    await app.done(guard)
  })

  it('opens at the slide the address names, and jumps with a number then Enter', async () => {
    const guard = await app.open(`/present/${DECK}/7`)
    const { page } = guard
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(7)
    await page.keyboard.press('1')
    await page.keyboard.press('2')
    await expect(page.locator('.audience__jump').textContent()).resolves.toContain('12')
    await page.keyboard.press('Enter')
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(12)
    // Escape drops a typed number without moving.
    await page.keyboard.press('3')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.audience__jump').count()).toBe(0)
    expect(await page.locator('.overview').count()).toBe(0)
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(12)
    await app.done(guard)
  })

  it('blacks out with b or ".", whites out with w, and brings the same slide back', async () => {
    const guard = await app.open(`/present/${DECK}/4`)
    const { page } = guard
    await page.keyboard.press('b')
    await expect.poll(() => shown(page)).toEqual({ slide: 4, step: 0, blank: 'black' })
    await app.shot(page, 'present-blackout')
    await page.keyboard.press('.')
    await expect.poll(() => shown(page).then((s) => s.blank)).toBe('none')
    await page.keyboard.press('w')
    await expect.poll(() => shown(page).then((s) => s.blank)).toBe('white')
    // The first move lifts the blank screen without skipping a slide.
    await page.keyboard.press('PageDown')
    await expect.poll(() => shown(page)).toEqual({ slide: 4, step: 0, blank: 'none' })
    await app.done(guard)
  })

  it('reveals a self-check answer on the next press, and steps through table rows', async () => {
    const guard = await app.open(`/present/${DECK}/${question}`)
    const { page } = guard
    const answer = page.locator('.audience .slide__answer')
    await expect(answer.evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('hidden')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shown(page)).toEqual({ slide: question, step: 1, blank: 'none' })
    await expect(answer.evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('visible')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(question + 1)

    await page.goto(app.url(`/present/${DECK}/${compare}`))
    const visibleRows = () =>
      page.locator('.audience .slide-compare tbody tr:not(.is-hidden)').count()
    await expect.poll(visibleRows).toBe(1)
    await page.keyboard.press('ArrowRight')
    await expect.poll(visibleRows).toBe(2)
    await page.keyboard.press('ArrowLeft')
    await expect.poll(visibleRows).toBe(1)
    await app.done(guard)
  })

  it('shows an overview: arrows and Enter go to a slide, a click goes too, Esc closes', async () => {
    const guard = await app.open(`/present/${DECK}/2`)
    const { page } = guard
    await page.keyboard.press('o')
    const overview = page.getByRole('dialog', { name: /All slides/ })
    await overview.waitFor()
    expect(await overview.locator('.overview__slide').count()).toBe(deck.slides.length)
    await expect(
      overview.locator('[aria-current="true"]').getAttribute('data-index'),
    ).resolves.toBe('1')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect.poll(() => overview.count()).toBe(0)
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(4)
    await page.keyboard.press('Escape')
    await overview.waitFor()
    await overview.locator('.overview__slide').nth(9).click()
    await expect.poll(() => overview.count()).toBe(0)
    await expect.poll(() => shown(page).then((s) => s.slide)).toBe(10)
    await app.done(guard)
  })

  it('is reached from the module page with p and from the library card', async () => {
    const guard = await app.open(`/modules/${DECK}`)
    const { page } = guard
    await page.keyboard.press('p')
    await page.locator('.console').waitFor()
    expect(await page.evaluate(() => location.hash)).toBe(`#/present/${DECK}/presenter`)
    await page.goto(app.url('/'))
    await page.getByRole('link', { name: 'Present: Cramps after orgasm' }).click()
    await page.locator('.console').waitFor()
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(help.textContent()).resolves.toContain('Black screen')
    await expect(help.textContent()).resolves.toContain('Type a slide number')
    await app.done(guard)
  })
})
