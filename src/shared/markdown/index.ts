import { createEnv, type RenderEnv } from './env'
import { markdown } from './create-markdown'

export { createMarkdown, markdown } from './create-markdown'
export { createEnv, citationNumber } from './env'
export type {
  RenderEnv,
  XrefTarget,
  ResolvedXref,
  ContentReference,
  HeadingInfo,
  ContentProblem,
  SafetyDirective,
  SafetyPart,
} from './env'
export { isAllowedHref } from './safe-links'
export { CALLOUT_LABELS, MYTH_RATINGS, type MythRating } from './plugins/callouts'
export { parseXref } from './plugins/cross-links'

/**
 * Renders content Markdown to safe HTML: raw HTML escaped, links allow-listed (https, mailto,
 * app routes), no images, generated ids prefixed, and the teaching blocks (callouts, presenter
 * notes, citations, cross-links, comparison embeds) expanded.
 */
export function renderMarkdown(source: string, env: Partial<RenderEnv> = {}): string {
  return markdown().render(source, createEnv(env))
}
