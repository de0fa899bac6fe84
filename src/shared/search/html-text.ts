const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
}

/** Tags that end a line of text: their words must not run into the next block's. */
const BLOCK_TAG =
  /<\/?(?:p|div|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|section|aside|blockquote|dl|dt|dd|br)\b[^>]*>/g

/**
 * Visible text of the content compiler's own HTML (no scripts or styles ever appear in it), for
 * the search index and its snippets. Citation marks go (their numbers are noise); block
 * boundaries become spaces; inline tags vanish, so "cramp</a>." stays "cramp.".
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<sup class="pa-cite">.*?<\/sup>/g, '')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}
