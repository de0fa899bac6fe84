import type { MarkdownIt } from 'markdown-it'
import type { RenderEnv } from '../env'
import { slugify } from '../../text/slugify'
import { inlineText } from '../inline-text'

/**
 * Gives every heading a prefixed, de-duplicated id and records it in the env, so the module
 * view can build its table of contents and deep links from the same slugs.
 */
export default function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('pa_heading_ids', (state) => {
    const env = state.env as unknown as RenderEnv
    const tokens = state.tokens
    tokens.forEach((token, idx) => {
      if (token.type !== 'heading_open') return
      const title = inlineText(tokens[idx + 1])
      const base = slugify(title) || 'section'
      let slug = base
      for (let n = 2; env.usedSlugs?.has(slug); n++) slug = `${base}-${n}`
      env.usedSlugs?.add(slug)
      token.attrSet('id', `${env.idPrefix ?? 'pa-'}${slug}`)
      env.headings?.push({
        level: Number(token.tag.slice(1)),
        slug,
        title,
        line: token.map?.[0] ?? 0,
      })
    })
  })
}
