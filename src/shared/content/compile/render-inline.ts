import { markdown, type RenderEnv } from '../../markdown'
import type { ContentProblem, ContentReference } from '../../markdown'

/**
 * Renders a one-line field from YAML (a quiz option, a table cell) with the document's env,
 * so citations keep their numbering, and hands back what it referenced for locating.
 */
export function renderInlineTracked(
  text: string,
  env: RenderEnv,
): { html: string; references: ContentReference[]; problems: ContentProblem[] } {
  const refMark = env.links.length
  const problemMark = env.problems.length
  const html = markdown().renderInline(text, env)
  return {
    html,
    references: env.links.splice(refMark),
    problems: env.problems.splice(problemMark),
  }
}

/** Renders a multi-paragraph YAML field (a vignette, a table description) as block Markdown. */
export function renderBlockTracked(
  text: string,
  env: RenderEnv,
): { html: string; references: ContentReference[]; problems: ContentProblem[] } {
  const refMark = env.links.length
  const problemMark = env.problems.length
  const html = markdown().render(text, env)
  return {
    html,
    references: env.links.splice(refMark),
    problems: env.problems.splice(problemMark),
  }
}
