import { describe, expect, it } from 'vitest'
import { useApp } from './fixture'

const app = useApp()

describe('patient handout panel in a plain browser', () => {
  it('previews the handout, says saving needs the desktop app, and follows the options', async () => {
    const guard = await app.open('/modules/cramps-after-sex')
    const { page } = guard
    await page.getByRole('button', { name: 'Patient handout…' }).click()
    const panel = page.getByRole('dialog')
    await expect.poll(() => panel.isVisible()).toBe(true)
    expect(await panel.locator('.unavailable').innerText()).toMatch(
      /needs the Postcoital Atlas desktop app/,
    )
    expect(await panel.getByRole('button', { name: /Save PDF/ }).count()).toBe(0)
    const sheets = panel.locator('.sheet')
    await expect.poll(() => sheets.count()).toBeGreaterThan(0)
    const standardPages = await sheets.count()
    expect(await sheets.first().innerText()).toContain('Cramps and pain after sex')
    await app.shot(page, 'handout-panel-light')

    await panel.getByLabel('Large print (18 pt text)').check()
    await expect.poll(() => sheets.count()).toBeGreaterThan(standardPages)

    const a4 = await sheets.first().boundingBox()
    await panel.getByLabel('US Letter').check()
    await expect
      .poll(async () => {
        const box = await sheets.first().boundingBox()
        return box ? Math.round((box.height / box.width) * 100) : 0
      })
      .toBe(Math.round((792 / 612) * 100))
    expect(Math.round((a4!.height / a4!.width) * 100)).toBe(Math.round((841.89 / 595.28) * 100))

    await page.keyboard.press('Escape')
    await expect.poll(() => panel.isVisible()).toBe(false)
    // Focus returns to the button that opened the panel.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Patient handout…',
    )

    // Clinic details live in Settings (one source of truth): the panel links there, and the
    // handout shows what was typed there the next time it is opened.
    await page.getByRole('button', { name: 'Patient handout…' }).click()
    await panel.getByRole('link', { name: 'Edit clinic details in Settings' }).click()
    await expect.poll(() => panel.isVisible()).toBe(false)
    await page.getByLabel('Clinic name').fill('Riverside Sexual Health Clinic')
    await page.getByLabel('Clinic name').blur()
    await page.goBack()
    await page.getByRole('button', { name: 'Patient handout…' }).click()
    await expect
      .poll(() => panel.locator('.sheet').last().innerText())
      .toContain('Riverside Sexual Health Clinic')
    expect(
      await panel.getByRole('region', { name: 'Your clinic on this handout' }).innerText(),
    ).toContain('Riverside Sexual Health Clinic')
    await app.done(guard)
  })
})
