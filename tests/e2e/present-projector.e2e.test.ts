import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'
import { realContent } from './content'
import { secondPage, shown, slideProblems } from './present-helpers'

const app = useApp()
const SHOWN_DECK = 'cramps-after-orgasm'
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]

/**
 * What a projector needs, checked on every slide of every deck at every step: nothing spills
 * out of the 16:9 frame at three screen sizes; at 1280 × 720 no text is under 24 px and all
 * text is at least 7:1 against its background, in light, dark and high-contrast slides.
 */
describe('projector quality', async () => {
  const decks = (await realContent()).decks

  it('has decks to check', () => {
    expect(decks.map((d) => d.id)).toEqual(
      expect.arrayContaining([SHOWN_DECK, 'leg-twitching-after-sex']),
    )
  })

  // One test per deck and size (and per deck and theme below): each stays well inside the
  // per-test timeout on a busy two-core machine, and a failure names its deck.
  const deckIds = decks.map((d) => d.id)
  const byId = (id: string) => decks.find((d) => d.id === id)!
  const sizes = deckIds.flatMap((id) => VIEWPORTS.map((viewport) => ({ id, ...viewport })))

  it.each(sizes)('no slide of $id overflows its frame at $width × $height', async (size) => {
    const problems: string[] = []
    const viewport = { width: size.width, height: size.height }
    for (const deck of [byId(size.id)]) {
      const guard = await app.open(`/present/${deck.id}`, { viewport })
      const { page } = guard
      // The frame is 16:9 and fills the window's width or height.
      const frame = await page.locator('.audience .slide-frame .slide').boundingBox()
      expect(Math.abs(frame!.width / frame!.height - 16 / 9)).toBeLessThan(0.01)
      expect(Math.max(frame!.width / viewport.width, frame!.height / viewport.height)).toBeCloseTo(
        1,
        2,
      )
      for (const [index, slide] of deck.slides.entries()) {
        for (let step = 0; step < slide.steps; step++) await page.keyboard.press('ArrowRight')
        const found = await slideProblems(page, { minPx: 0, minContrast: 0 })
        problems.push(...found.map((p) => `${deck.id} ${p}`))
        if (index < deck.slides.length - 1) await page.keyboard.press('ArrowRight')
      }
      await app.done(guard)
    }
    expect(problems).toEqual([])
  })

  const themes = deckIds.flatMap((id) =>
    (['light', 'dark', 'contrast'] as const).map((theme) => ({ id, theme })),
  )
  it.each(themes)(
    'keeps text of $id at 24 px or more and contrast at 7:1 or more ($theme slides, 1280 × 720)',
    async ({ id, theme }) => {
      const problems: string[] = []
      for (const deck of [byId(id)]) {
        const guard = await app.open(`/present/${deck.id}/presenter`, {
          viewport: { width: 1280, height: 720 },
          colorScheme: theme === 'dark' ? 'dark' : 'light',
        })
        const audience = await secondPage(guard, app.url(`/present/${deck.id}`))
        await audience.page.setViewportSize({ width: 1280, height: 720 })
        if (theme === 'contrast') {
          await guard.page.getByLabel('Slide colours').selectOption('contrast')
          await expect
            .poll(() =>
              audience.page.locator('.audience .slide').first().getAttribute('data-theme'),
            )
            .toBe('contrast')
        }
        const { page } = audience
        for (const [index, slide] of deck.slides.entries()) {
          for (let step = 0; step < slide.steps; step++) await page.keyboard.press('ArrowRight')
          await expect.poll(() => shown(page).then((s) => s.step)).toBe(slide.steps)
          problems.push(
            ...(await slideProblems(page, { minPx: 24, minContrast: 7 })).map(
              (p) => `${deck.id} ${p}`,
            ),
          )
          const number = String(index + 1).padStart(2, '0')
          if (deck.id === SHOWN_DECK && theme === 'light')
            await app.shot(page, `present-${deck.id}-${number}`)
          else if (
            deck.id === SHOWN_DECK &&
            ['flow', 'question', 'red-flags', 'compare'].includes(
              slide.kind === 'figure' ? 'flow' : slide.kind,
            )
          )
            await app.shot(page, `present-${deck.id}-${theme}-${number}`)
          if (index < deck.slides.length - 1) await page.keyboard.press('ArrowRight')
        }
        if (deck.id === SHOWN_DECK) await app.shot(page, `present-${deck.id}-${theme}-last`)
        expect(audience.errors).toEqual([])
        await app.done(guard)
      }
      expect(problems).toEqual([])
    },
  )

  it('saves the overview and the console at projector and laptop sizes', async () => {
    const guard = await app.open(`/present/${SHOWN_DECK}/6`, {
      viewport: { width: 1280, height: 720 },
    })
    await guard.page.keyboard.press('o')
    await guard.page.getByRole('dialog', { name: /All slides/ }).waitFor()
    await app.shot(guard.page, 'present-overview')
    await app.done(guard)
    const console = await app.open(`/present/${SHOWN_DECK}/presenter`, {
      viewport: { width: 1366, height: 768 },
    })
    for (let i = 0; i < 5; i++) await console.page.keyboard.press('ArrowRight')
    await app.shot(console.page, 'present-console-laptop')
    await app.done(console)
  })
})
