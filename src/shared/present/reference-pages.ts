import type { Reference } from '../content/model'

/**
 * What fits on one references slide at the projector's minimum text size (24 px on a
 * 1280 × 720 slide): about 90 characters a line, 30 px a line, 10 px between references, and
 * 520 px below the title. Checked in the browser tests, which fail if a slide overflows.
 */
export const REFERENCES_PER_SLIDE = {
  charactersPerLine: 90,
  lineHeight: 30,
  gap: 10,
  height: 520,
} as const

/** Splits a reference list into slide-sized pages, in order, never leaving a page empty. */
export function referencePages(
  references: readonly Reference[],
  fit: typeof REFERENCES_PER_SLIDE = REFERENCES_PER_SLIDE,
): Reference[][] {
  const pages: Reference[][] = []
  let page: Reference[] = []
  let used = 0
  for (const reference of references) {
    const height =
      Math.ceil(reference.text.length / fit.charactersPerLine) * fit.lineHeight + fit.gap
    if (page.length && used + height > fit.height) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push(reference)
    used += height
  }
  if (page.length) pages.push(page)
  return pages
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** One references slide's list, numbered as cited. */
export function referencesHtml(page: readonly Reference[]): string {
  const items = page.map((r) => `<li value="${r.number}">${escapeHtml(r.text)}</li>`).join('\n')
  return `<ol class="pa-slide-references">\n${items}\n</ol>\n`
}

/** "References", or "References (2 of 3)" when the list takes several slides. */
export function referencesTitle(index: number, count: number): string {
  return count > 1 ? `References (${index + 1} of ${count})` : 'References'
}
