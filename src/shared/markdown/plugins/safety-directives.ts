import type { MarkdownIt, Token } from 'markdown-it'
import container from 'markdown-it-container'
import type { RenderEnv, SafetyDirective } from '../env'

/** The safety directive a token was generated from, if any. */
export function safetyOf(token: Token): SafetyDirective | undefined {
  return (token.meta as { safety?: SafetyDirective } | null)?.safety
}

/** The directives that print safety data (red flags, medicine cautions) said once elsewhere. */
export const SAFETY_DIRECTIVES = ['red-flags', 'cautions'] as const

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Directive by the type of the token that opens it (looked up for every token parsed). */
const OPENED_BY = new Map(SAFETY_DIRECTIVES.map((name) => [`container_${name}_open`, name]))

/** Ids written after the name (`::: cautions nsaids paracetamol`) and in the body, one per line or item. */
function directiveIds(info: string, name: string, inner: Token[]): string[] {
  const words = [
    ...info
      .trim()
      .slice(name.length)
      .split(/[\s,]+/),
    ...inner
      .filter((t) => t.type === 'inline')
      .flatMap((t) => t.content.split(/[\s,]+/))
      .map((w) => w.replace(/^[-*]\s*/, '')),
  ]
  return words.filter(Boolean)
}

/**
 * `::: red-flags` and `::: cautions <ids>` are replaced, while parsing, by what
 * `env.expandSafety` generates from the safety data: trusted wrapper HTML around Markdown that
 * is parsed here like the author's own (so citations, cross-links and headings work). Every
 * generated token carries the directive's line, and `meta.safety` marks the directive, so
 * checks can tell generated text from authored text. Without an expander (a plain preview) the
 * directive renders as a short note that the list is missing.
 */
export default function safetyDirectives(md: MarkdownIt): void {
  for (const name of SAFETY_DIRECTIVES) {
    container(md, name, {
      validate: (params) => params.trim().split(/\s+/, 1)[0] === name,
    })
  }
  md.core.ruler.after('block', 'safety_directives', (state) => {
    const env = state.env as RenderEnv
    const tokens = state.tokens
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!
      const name = OPENED_BY.get(open.type)
      if (!name) continue
      const close = tokens.findIndex(
        (t, j) => j > i && t.type === `container_${name}_close` && t.level === open.level,
      )
      const end = close === -1 ? tokens.length - 1 : close
      const line = open.map?.[0] ?? 0
      const ids = directiveIds(open.info, name, tokens.slice(i + 1, end))
      const directive: SafetyDirective = { name, ids, line }
      const bad = ids.filter((id) => !ID.test(id))
      if (!ids.length || bad.length) {
        env.problems?.push({
          line,
          field: name,
          message: bad.length
            ? `"${bad.join('", "')}" is not an id; list ids such as "ectopic-pregnancy-rupture"`
            : name === 'cautions'
              ? 'name the medicines: "::: cautions nsaids paracetamol"'
              : 'list the red-flag ids inside the block, one per line',
        })
      }
      env.links?.push({ type: name, ids, line })
      const parts = env.expandSafety?.(directive) ?? [
        { html: `<p class="pa-missing">[${md.utils.escapeHtml(name)} not available here]</p>\n` },
      ]
      const generated: Token[] = []
      for (const part of parts) {
        if ('html' in part) {
          const token = new state.Token('html_block', '', 0)
          token.content = part.html
          generated.push(token)
        } else {
          const inner: Token[] = []
          state.md.block.parse(part.markdown, state.md, env, inner)
          generated.push(...inner)
        }
      }
      for (const token of generated) {
        token.map = [line, (open.map?.[1] ?? line + 1) - 1]
        token.level += open.level
        token.meta = { ...token.meta, safety: directive }
      }
      tokens.splice(i, end - i + 1, ...generated)
      i += generated.length - 1
    }
  })
}
