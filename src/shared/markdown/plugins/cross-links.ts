import type { MarkdownIt } from 'markdown-it'
import type { StateInline } from 'markdown-it'
import type { RenderEnv, XrefTarget } from '../env'
import { XREF_KINDS, xrefHref, type XrefKind } from '../../routes'

const BRACKETS = /^\[\[([^\][\n]{1,200})\]\]/
const TARGET = /^([a-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?$/

/** Parses the inside of `[[...]]`; `null` when it is not a well-formed target. */
export function parseXref(body: string): { target: XrefTarget; label?: string } | null {
  const [rawTarget = '', ...labelParts] = body.split('|')
  const match = TARGET.exec(rawTarget.trim())
  if (!match || !(XREF_KINDS as readonly string[]).includes(match[1]!)) return null
  const target: XrefTarget = { kind: match[1] as XrefKind, id: match[2]! }
  if (match[3]) target.section = match[3]
  const label = labelParts.join('|').trim()
  return label ? { target, label } : { target }
}

function parseCrossLink(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b || state.src.charCodeAt(state.pos + 1) !== 0x5b) {
    return false
  }
  const match = BRACKETS.exec(state.src.slice(state.pos, state.posMax))
  if (!match) return false
  if (!silent) {
    const token = state.push('xref', '', 0)
    token.content = match[1]!
    token.meta = parseXref(match[1]!)
  }
  state.pos += match[0].length
  return true
}

function humanise(id: string): string {
  const text = id.replace(/-/g, ' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * `[[hormone:oxytocin]]`, `[[condition:pudendal-neuralgia|label]]`, `[[module:id#section]]`
 * and `[[compare:table-id]]` become links to the app's own routes. A target the content
 * library does not know renders as plain text and is reported by validation.
 */
export default function crossLinks(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'pa_xref', parseCrossLink)

  md.core.ruler.push('pa_xref_refs', (state) => {
    const env = state.env as unknown as RenderEnv
    // Inline tokens in table cells carry no line map, so use the nearest line seen before.
    let line = 0
    for (const block of state.tokens) {
      line = block.map?.[0] ?? line
      for (const child of block.children ?? []) {
        if (child.type !== 'xref') continue
        const parsed = child.meta as ReturnType<typeof parseXref>
        // A malformed target is recorded with an impossible kind so validation can name it.
        const target = parsed?.target ?? ({ kind: child.content, id: '' } as unknown as XrefTarget)
        env.links?.push({ type: 'xref', target, line })
        const resolved = parsed && env.resolveXref ? env.resolveXref(parsed.target) : undefined
        const label = parsed?.label ?? resolved?.label ?? (parsed ? humanise(parsed.target.id) : '')
        child.meta = { ...parsed, resolved, label }
      }
    }
  })

  md.renderer.rules.xref = (tokens, idx, _options, rawEnv) => {
    const env = rawEnv as RenderEnv
    const escape = md.utils.escapeHtml
    const token = tokens[idx]!
    const meta = token.meta as {
      target?: XrefTarget
      label?: string
      resolved?: { label: string } | null
    }
    if (!meta.target) return escape(`[[${token.content}]]`)
    const { kind, id, section } = meta.target
    const label = meta.label || humanise(id)
    if (env.resolveXref && !meta.resolved) {
      return `<span class="pa-xref pa-xref--broken">${escape(label)}</span>`
    }
    const href = escape(xrefHref(kind, id, section))
    const ref = escape(`${kind}:${id}`)
    return `<a class="pa-xref pa-xref--${kind}" href="${href}" data-xref="${ref}">${escape(label)}</a>`
  }
}
