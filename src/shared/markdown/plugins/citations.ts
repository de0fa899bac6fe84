import type { MarkdownIt } from 'markdown-it'
import type { StateInline, Token } from 'markdown-it'
import { citationNumber, type RenderEnv } from '../env'

const CITATION = /^\[@([A-Za-z0-9][\w-]*(?:\s*;\s*@[A-Za-z0-9][\w-]*)*)\]/

function parseCitation(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false
  const match = CITATION.exec(state.src.slice(state.pos, state.posMax))
  if (!match) return false
  if (!silent) {
    const token = state.push('citation', '', 0)
    token.meta = { keys: match[1]!.split(';').map((key) => key.trim().replace(/^@/, '')) }
  }
  state.pos += match[0].length
  return true
}

/**
 * The sentence a citation supports: the text before it back to the previous sentence end or
 * citation, so checks can read what is being claimed.
 */
function claimBefore(children: readonly Token[], index: number): string {
  let text = ''
  for (let i = index - 1; i >= 0; i--) {
    const child = children[i]!
    if (child.type === 'citation') break
    text =
      (child.type === 'text' || child.type === 'code_inline'
        ? child.content
        : child.type === 'softbreak'
          ? ' '
          : '') + text
  }
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
  return (sentences.at(-1) ?? text).trim()
}

/**
 * `[@key]` and `[@a; @b]` become superscript reference numbers, numbered in order of first use
 * within the document (the env), each linking to the document's reference list.
 */
export default function citations(md: MarkdownIt): void {
  md.inline.ruler.before('link', 'pa_citation', parseCitation)

  md.core.ruler.push('pa_citation_refs', (state) => {
    const env = state.env as unknown as RenderEnv
    // Inline tokens in table cells carry no line map, so use the nearest line seen before.
    let line = 0
    for (const block of state.tokens) {
      line = block.map?.[0] ?? line
      for (const [index, child] of (block.children ?? []).entries()) {
        if (child.type !== 'citation') continue
        // "claim [@key]." reads "claim¹." : the space before a citation is dropped.
        const before = block.children?.[index - 1]
        if (before?.type === 'text') before.content = before.content.trimEnd()
        const claim = claimBefore(block.children ?? [], index)
        for (const key of (child.meta as { keys: string[] }).keys) {
          env.links?.push({ type: 'citation', key, line, claim })
        }
      }
    }
  })

  md.renderer.rules.citation = (tokens, idx, _options, rawEnv) => {
    const env = rawEnv as RenderEnv
    const escape = md.utils.escapeHtml
    // Numbers are assigned in the order written, then shown in ascending order.
    const cited = (tokens[idx]!.meta as { keys: string[] }).keys.map((key) => {
      const entry = env.resolveCitation ? env.resolveCitation(key) : { short: key }
      return { key, entry, n: entry ? citationNumber(env, key) : Number.POSITIVE_INFINITY }
    })
    const parts = cited
      .sort((a, b) => a.n - b.n)
      .map(({ key, entry, n }) => {
        if (!entry) return `<span class="pa-cite__unknown">?${escape(key)}</span>`
        const attrs = `data-cite="${escape(key)}" data-ref="${n}" title="${escape(entry.short)}"`
        return env.referencesHref
          ? `<a href="${escape(env.referencesHref)}" ${attrs} aria-label="Reference ${n}">${n}</a>`
          : `<span ${attrs}>${n}</span>`
      })
    return `<sup class="pa-cite">${parts.join(',')}</sup>`
  }
}
