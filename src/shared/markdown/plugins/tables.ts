import type { MarkdownIt } from 'markdown-it'
import { inlineText } from '../inline-text'

/**
 * Wraps tables in a focusable, labelled scroll region: wide clinical tables must scroll on a
 * narrow window without the page scrolling sideways, and keyboard users must reach them.
 * The label is the heading the table sits under.
 */
export default function tables(md: MarkdownIt): void {
  md.core.ruler.push('pa_table_labels', (state) => {
    let heading = ''
    state.tokens.forEach((token, idx) => {
      if (token.type === 'heading_open') heading = inlineText(state.tokens[idx + 1])
      if (token.type === 'table_open')
        token.meta = { label: heading ? `Table: ${heading}` : 'Table' }
    })
  })
  md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
    const label = md.utils.escapeHtml(String(tokens[idx]!.meta?.label ?? 'Table'))
    const open = `<div class="pa-table-wrap" role="region" tabindex="0" aria-label="${label}">`
    return open + self.renderToken(tokens, idx, options)
  }
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) =>
    self.renderToken(tokens, idx, options) + '</div>'
}
