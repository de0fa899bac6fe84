import type { MarkdownIt } from 'markdown-it'
import container from 'markdown-it-container'
import type { RenderEnv } from '../env'
import { compareHref, ID_PATTERN } from '../../routes'

/** Parses `compare <table-id> [rows=a,b,c]`; `null` when malformed. */
export function parseCompareInfo(info: string): { tableId: string; rows: string[] } | null {
  const match = /^compare\s+([a-z0-9-]+)(?:\s+rows=([a-z0-9,-]+))?\s*$/.exec(info.trim())
  if (!match || !ID_PATTERN.test(match[1]!)) return null
  const rows = match[2] ? match[2].split(',').filter(Boolean) : []
  return { tableId: match[1]!, rows }
}

/**
 * `::: compare <table-id> rows=a,b` embeds an interactive comparison table. The HTML is a
 * placeholder with a plain link, so the text still works where the component is not mounted
 * (print, a plain Markdown preview); the module view swaps in the real table.
 */
export default function compareEmbed(md: MarkdownIt): void {
  const escape = md.utils.escapeHtml
  container(md, 'compare', {
    validate: (params) => params.trim().split(/\s+/, 1)[0] === 'compare',
    render(tokens, idx, _options, rawEnv) {
      const env = rawEnv as RenderEnv
      const token = tokens[idx]!
      if (token.nesting !== 1) return '</div>\n'
      const parsed = parseCompareInfo(token.info)
      const line = token.map?.[0] ?? 0
      if (!parsed) {
        env.problems?.push({
          line,
          field: 'compare',
          message: 'write "::: compare <table-id>" or "::: compare <table-id> rows=id1,id2"',
        })
        return '<div class="pa-compare pa-compare--broken">\n'
      }
      env.links?.push({ type: 'compare', tableId: parsed.tableId, rows: parsed.rows, line })
      const label = env.resolveXref?.({ kind: 'compare', id: parsed.tableId })?.label
      return (
        `<div class="pa-compare" data-table="${escape(parsed.tableId)}" data-rows="${escape(parsed.rows.join(','))}">\n` +
        `<p><a class="pa-xref pa-xref--compare" href="${compareHref(parsed.tableId)}">Open the comparison table${label ? `: ${escape(label)}` : ''}</a></p>\n`
      )
    },
  })
}
