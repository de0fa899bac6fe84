import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './fixture'
import { realContent } from './content'

const app = useApp()

const rowLabels = (page: Page) =>
  page.locator('.ctable__table tbody th[scope="row"] .ctable__label').allInnerTexts()

describe('comparison tables', () => {
  it('lists every table and opens each one', async () => {
    const bundle = await realContent()
    const guard = await app.open('/compare')
    expect(await guard.page.locator('.tables__item').count()).toBe(bundle.comparisons.length)
    await app.shot(guard.page, 'compare-index-light')
    for (const table of bundle.comparisons) {
      await guard.page.goto(app.url(`/compare/${table.id}`))
      await expect.poll(() => guard.page.locator('h1').textContent()).toBe(table.title)
      expect(await guard.page.locator('.ctable__table tbody tr[data-row]').count()).toBe(
        table.rows.length,
      )
    }
    await app.done(guard)
  })

  it('sorts by a column, reflecting the order in aria-sort', async () => {
    const guard = await app.open('/compare/postcoital-pelvic-pain-differential')
    const { page } = guard
    const original = await rowLabels(page)
    const header = page.locator('.ctable__table thead th').nth(1)
    expect(await header.getAttribute('aria-sort')).toBe('none')
    await header.locator('button').click()
    expect(await header.getAttribute('aria-sort')).toBe('ascending')
    const ascending = await rowLabels(page)
    expect(ascending).toEqual(
      [...original].sort((a, b) =>
        a.localeCompare(b, 'en-GB', { numeric: true, sensitivity: 'base' }),
      ),
    )
    await header.locator('button').click()
    expect(await header.getAttribute('aria-sort')).toBe('descending')
    expect(await rowLabels(page)).toEqual([...ascending].reverse())
    // An urgency column sorts by meaning: emergencies first.
    const urgency = page.locator('.ctable__table thead th', { hasText: 'Urgency' })
    await urgency.locator('button').click()
    expect(await urgency.getAttribute('aria-sort')).toBe('descending')
    const first = await page
      .locator('.ctable__table tbody tr')
      .first()
      .locator('td.ctable__cell--urgency')
      .innerText()
    expect(first.trim()).toBe((await realContent()).tiers[0]!.label)
    await app.shot(page, 'compare-sorted-light')
    await app.done(guard)
  })

  it('filters rows by text and hides columns, keeping the choice across navigation', async () => {
    const guard = await app.open('/compare/red-flag-triage')
    const { page } = guard
    const all = (await rowLabels(page)).length
    await page.fill('.ctable__filter input', 'testic')
    await expect.poll(async () => (await rowLabels(page)).length).toBeLessThan(all)
    // Every remaining row mentions the words somewhere (label or a visible cell).
    for (const text of await page.locator('.ctable__table tbody tr[data-row]').allInnerTexts()) {
      expect(text.toLowerCase()).toContain('testic')
    }
    await page.fill('.ctable__filter input', '')
    await page.locator('.ctable__columns summary').click()
    const columnCount = await page.locator('.ctable__table thead th').count()
    await page.locator('.ctable__columns input[type="checkbox"]').first().uncheck()
    expect(await page.locator('.ctable__table thead th').count()).toBe(columnCount - 1)
    await page.goto(app.url('/'))
    await page.goto(app.url('/compare/red-flag-triage'))
    expect(await page.locator('.ctable__table thead th').count()).toBe(columnCount - 1)
    await app.done(guard)
  })

  it('compares chosen rows side by side and pins a row to the top', async () => {
    const guard = await app.open('/compare/cramp-fasciculation-rls-spasm', { colorScheme: 'dark' })
    const { page } = guard
    const labels = await rowLabels(page)
    const boxes = page.locator('.ctable__select input[type="checkbox"]')
    await boxes.nth(0).check()
    await boxes.nth(2).check()
    await page.getByRole('button', { name: /Compare selected \(2\)/ }).click()
    const side = page.locator('.side__table thead th')
    expect(await side.allInnerTexts()).toEqual([labels[0], labels[2]])
    await app.shot(page, 'compare-side-by-side-dark')
    await page.locator('.ctable__pin').nth(3).click()
    expect((await rowLabels(page))[0]).toBe(labels[3])
    await app.done(guard)
  })

  it('draws the cause × presentation matrix with links to module sections and a legend', async () => {
    const guard = await app.open('/compare/causes-by-presentation')
    const { page } = guard
    const link = page.locator('.ctable__table a.pa-presence').first()
    const href = (await link.getAttribute('href')) ?? ''
    expect(href).toMatch(/^#\/modules\/[a-z-]+\/[a-z-]+$/)
    expect(await page.locator('.page__legend').innerText()).toMatch(/\S/)
    await app.shot(page, 'compare-matrix-light')
    await link.click()
    await expect.poll(() => page.url()).toContain(href)
    await app.done(guard)
  })
})

describe('reference', () => {
  it('filters the index by class and by evidence', async () => {
    const guard = await app.open('/reference')
    const { page } = guard
    const count = () => page.locator('.entries li:not(.entries__none)').count()
    const all = await count()
    await page.selectOption('.filters select >> nth=0', 'catecholamine')
    await expect.poll(count).toBeLessThan(all)
    await page.selectOption('.filters select >> nth=0', '')
    await page.selectOption('.filters select >> nth=1', 'moderate')
    await expect.poll(count).toBeLessThan(all)
    await app.shot(page, 'reference-index-light')
    await app.done(guard)
  })

  it('goes from a module cross-link to the entry, previews it on focus, and back by its backlinks', async () => {
    const guard = await app.open('/modules/cramps-after-orgasm/physiology')
    const { page } = guard
    const xref = page.locator('#pa-physiology ~ .prose a.pa-xref--hormone').first()
    const target = (await xref.getAttribute('href')) ?? ''
    await xref.focus()
    await expect.poll(() => page.locator('.preview[role="tooltip"]').isVisible()).toBe(true)
    await app.shot(page, 'module-xref-preview-light')
    await xref.click()
    await expect.poll(() => page.url()).toContain(target)
    const backlink = page.locator('.mentions a', { hasText: 'Physiology' }).first()
    // The entry drawn, then one more frame, so the screenshot shows it (taken as soon as the
    // address changed, it caught Chromium between frames: a blank page).
    await backlink.waitFor()
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))))
    await app.shot(page, 'reference-entry-light')
    await backlink.click()
    await expect.poll(() => page.url()).toMatch(/#\/modules\/[a-z-]+\/physiology$/)
    await app.done(guard)
  })

  it('shows a condition entry in dark theme with its urgency in words', async () => {
    const guard = await app.open('/reference/conditions/cauda-equina-syndrome', {
      colorScheme: 'dark',
    })
    // The tier's words from urgency-tiers.yaml (most urgent first).
    expect(await guard.page.locator('.pa-tier-badge').innerText()).toBe(
      (await realContent()).tiers[0]!.label,
    )
    expect(await guard.page.locator('.mentions a').count()).toBeGreaterThan(0)
    await app.shot(guard.page, 'reference-entry-dark')
    await app.done(guard)
  })
})
