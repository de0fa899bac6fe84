import type { Reference } from '../content/model'

/**
 * What fits on one references slide at the projector's minimum text size: a full Vancouver
 * citation runs to about two lines, so six short ones or fewer long ones.
 */
export const REFERENCES_PER_SLIDE = { items: 6, characters: 720 } as const

/** Splits a reference list into slide-sized pages, in order, never leaving a page empty. */
export function referencePages(
  references: readonly Reference[],
  limits: { items: number; characters: number } = REFERENCES_PER_SLIDE,
): Reference[][] {
  const pages: Reference[][] = []
  let page: Reference[] = []
  let characters = 0
  for (const reference of references) {
    const size = reference.text.length
    if (page.length && (page.length >= limits.items || characters + size > limits.characters)) {
      pages.push(page)
      page = []
      characters = 0
    }
    page.push(reference)
    characters += size
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
