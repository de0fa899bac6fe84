import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useApp } from './fixture'

const app = useApp()

/**
 * Citations that begin a line while the word they follow ends the line before: the
 * superscript's first line box against the last character before it.
 */
function strandedCitations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stranded: string[] = []
    for (const cite of document.querySelectorAll('#main .pa-cite')) {
      const before = cite.previousSibling
      if (!(before instanceof Text) || !before.data.length || /\s$/.test(before.data)) continue
      const range = document.createRange()
      range.setStart(before, before.data.length - 1)
      range.setEnd(before, before.data.length)
      const word = range.getClientRects()[0]
      const mark = cite.getClientRects()[0]
      if (!word || !mark) continue
      // On the same line the mark sits right after the word; on the next it starts further left.
      if (mark.left < word.left) stranded.push(`${before.data.slice(-30)}|${cite.textContent}`)
    }
    return stranded
  })
}

describe('citation numbers', () => {
  it('stay on the line of the word they follow, at any window width', async () => {
    const guard = await app.open('/modules/back-pain-after-sex')
    const { page } = guard
    let checked = 0
    // Widths where lines end in different places; at 1366 a mark once started a line alone.
    for (const width of [1366, 1280, 1100, 1024, 900, 800, 700, 600, 500, 420, 360]) {
      await page.setViewportSize({ width, height: 768 })
      await page.waitForTimeout(50)
      expect(await strandedCitations(page), `at ${width} px`).toEqual([])
      checked += await page.locator('#main .pa-cite').count()
    }
    expect(checked).toBeGreaterThan(100)
    await app.done(guard)
  })
})
