import { trustedHtml } from '../security/trusted-html'

/** Splits compiled section HTML into its top-level elements, so the preview can paginate them. */
export function htmlBlocks(html: string): string[] {
  const template = document.createElement('template')
  template.innerHTML = trustedHtml(html)
  return Array.from(template.content.children, (element) => element.outerHTML)
}
