import { execFile } from 'node:child_process'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { SCREENSHOTS, useApp } from './fixture'
import { realContent } from './content'

const run = promisify(execFile)
const app = useApp()
const DECK = 'cramps-after-orgasm'
const OUT = join('test-results', 'present-print')

/**
 * The print route, printed by Chromium as the desktop app will print it (phase 2 uses
 * printToPDF on the same route): A4 pages, the right number of slides a page, the text of the
 * slides and notes in the PDF, and every page saved as a PNG to look at.
 */
describe('print route: slides for attendees and the presenter script', async () => {
  const deck = (await realContent()).decks.find((d) => d.id === DECK)!
  const layouts = [
    { name: 'handout-3-lines', query: 'layout=handout&per=3&lines=1', perPage: 3 },
    { name: 'handout-2', query: 'layout=handout&per=2&lines=0', perPage: 2 },
    { name: 'script', query: 'layout=script', perPage: 0 },
  ]

  it.each(layouts)(
    'prints $name to A4 with poppler-readable text',
    async ({ name, query, perPage }) => {
      await rm(join(OUT, name), { recursive: true, force: true })
      await mkdir(join(OUT, name), { recursive: true })
      const guard = await app.open(`/present/${DECK}/print?${query}`)
      const { page } = guard
      await page.locator('.sheet').first().waitFor()
      await page.evaluate(() => document.fonts.ready)
      const pdf = join(OUT, `${name}.pdf`)
      await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })

      const info = (await run('pdfinfo', [pdf])).stdout
      expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
      if (perPage) expect(pages).toBe(Math.ceil(deck.slides.length / perPage))
      else expect(pages).toBeGreaterThan(3)

      const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout
      expect(text).toContain(deck.title)
      expect(text).toContain(deck.slides[2]!.title)
      // The answer prints revealed, and the script prints what the presenter says.
      expect(text).toContain('Beta-endorphin.')
      // The script flows, and the printer numbers its pages in the margin.
      if (name === 'script') expect(text).toContain(`Page 2 of ${pages}`)
      if (name === 'script') expect(text).toContain('Ask the room')
      else expect(text).not.toContain('Ask the room')

      // PNGs of an earlier, longer print would otherwise be counted as this one's pages.
      for (const old of await readdir(SCREENSHOTS))
        if (old.startsWith(`present-print-${name}-`)) await rm(join(SCREENSHOTS, old))
      await run('pdftoppm', ['-r', '70', '-png', pdf, join(SCREENSHOTS, `present-print-${name}`)])
      const pngs = (await readdir(SCREENSHOTS)).filter((f) => f.startsWith(`present-print-${name}`))
      expect(pngs.length).toBe(pages)
      await app.done(guard)
    },
  )
})
