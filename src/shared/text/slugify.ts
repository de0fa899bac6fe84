/**
 * Turns a heading into the slug used in deep links (`#/modules/<id>/<slug>`).
 * Accents are folded so that links stay ASCII and stable when typography changes.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
