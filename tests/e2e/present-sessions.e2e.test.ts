import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'
import { shown } from './present-helpers'

const app = useApp()

describe('session builder', () => {
  it('builds a session from sections of two decks, reorders it, saves, presents and deletes it', async () => {
    const guard = await app.open('/sessions')
    const { page } = guard
    await page.getByRole('button', { name: 'New session' }).click()
    await page
      .getByLabel('Name', { exact: true })
      .fill('Pelvic pain and twitching, for GP trainees')
    await page.getByLabel('For', { exact: true }).fill('GP trainees')
    await page.getByLabel('Aim, in minutes').fill('45')
    await page.locator('summary', { hasText: 'Cramps after orgasm' }).click()
    await page
      .getByRole('button', { name: /^Add section: Red flags \(Cramps after orgasm\)/ })
      .click()
    await page.locator('summary', { hasText: 'Leg twitching after sex' }).click()
    await page.getByRole('button', { name: /Add section: Telling them apart/ }).click()
    await page.getByRole('button', { name: /^Add: Why ask about it$/ }).click()
    const items = page.getByRole('list', { name: 'Slides in this session' }).locator('li')
    const count = await items.count()
    expect(count).toBeGreaterThan(6)
    // Move the last slide (Why ask about it) to the top.
    for (let i = 0; i < count - 1; i++)
      await items
        .nth(count - 1 - i)
        .getByRole('button', { name: /^Up:/ })
        .click()
    await expect(items.first().textContent()).resolves.toContain('Why ask about it')
    await expect(page.getByTestId('session-total').textContent()).resolves.toMatch(
      /\d+ min.*45 minutes/,
    )
    await app.shot(page, 'present-session-builder', true)
    await page.getByRole('button', { name: 'Save session' }).click()
    await expect(
      page.getByRole('heading', { name: 'Pelvic pain and twitching, for GP trainees' }).count(),
    ).resolves.toBe(1)

    // Saved sessions survive a reload, and present like a deck.
    await page.reload()
    const card = page.locator('.sessions__card', { hasText: 'Pelvic pain and twitching' })
    await card.getByRole('link', { name: /^Present/ }).click()
    await page.locator('.console').waitFor()
    expect((await shown(page)).slide).toBe(1)
    await expect(page.locator('.console__current .slide__title').textContent()).resolves.toBe(
      'Why ask about it',
    )
    await page.keyboard.press('End')
    await expect(page.locator('.console__current .slide__title').textContent()).resolves.toMatch(
      /^References/,
    )

    await page.goto(app.url('/sessions'))
    const again = page.locator('.sessions__card', { hasText: 'Pelvic pain and twitching' })
    await again.getByRole('button', { name: /^Delete/ }).click()
    await again.getByRole('button', { name: /^Confirm delete/ }).click()
    await expect.poll(() => page.locator('.sessions__card').count()).toBe(0)
    await app.done(guard)
  })

  it('says clearly when the saved sessions cannot be read, keeps a backup and carries on', async () => {
    const guard = await app.open('/')
    const { page } = guard
    await page.evaluate(() =>
      localStorage.setItem('atlas.present.sessions', '{"version":1,"sessions":[{"id":"BAD"'),
    )
    await page.goto(app.url('/sessions'))
    const alert = page.getByRole('alert')
    await expect(alert.textContent()).resolves.toMatch(
      /could not be read.*kept under “atlas\.present\.sessions\.unreadable-/,
    )
    const backup = await page.evaluate(() =>
      Object.keys(localStorage).find((k) => k.startsWith('atlas.present.sessions.unreadable-')),
    )
    expect(await page.evaluate((k) => localStorage.getItem(k!), backup)).toBe(
      '{"version":1,"sessions":[{"id":"BAD"',
    )
    // The builder still works and saving does not touch the backup.
    await page.getByRole('button', { name: 'New session' }).click()
    await page.getByLabel('Name', { exact: true }).fill('Fresh start')
    await page.locator('summary', { hasText: 'Leg twitching after sex' }).click()
    await page.getByRole('button', { name: /Add section: Opening/ }).click()
    await page.getByRole('button', { name: 'Save session' }).click()
    await expect(page.getByRole('heading', { name: 'Fresh start' }).count()).resolves.toBe(1)
    expect(await page.evaluate((k) => localStorage.getItem(k!), backup)).toBe(
      '{"version":1,"sessions":[{"id":"BAD"',
    )
    await app.done(guard)
  })
})
