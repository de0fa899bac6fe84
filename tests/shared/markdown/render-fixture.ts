import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Window } from 'happy-dom'
import { createEnv, markdown, type RenderEnv } from '@shared/markdown'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/markdown')

/** Text of `tests/fixtures/markdown/<name>.md`. */
export function readFixture(name: string): string {
  return readFileSync(resolve(FIXTURES, `${name}.md`), 'utf8')
}

/** Renders Markdown with the app's real markdown-it and keeps the env for assertions. */
export function render(
  source: string,
  options: Partial<RenderEnv> = {},
): { html: string; env: RenderEnv } {
  const env = createEnv(options)
  return { html: markdown().render(source, env), env }
}

/** Renders one line of inline Markdown, as quiz options and table cells are. */
export function renderInline(
  source: string,
  options: Partial<RenderEnv> = {},
): { html: string; env: RenderEnv } {
  const env = createEnv(options)
  return { html: markdown().renderInline(source, env), env }
}

// Scripts never run: the HTML goes into a <template>, which is inert.
const window = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
})

/** Parses HTML with a real HTML parser, so tests assert on elements and attributes. */
export function parseHtml(html: string): DocumentFragment {
  const template = window.document.createElement('template')
  template.innerHTML = html
  return template.content as unknown as DocumentFragment
}

/** 0-based index of the first line of `source` containing `needle` (throws when absent). */
export function lineOf(source: string, needle: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(needle))
  if (index === -1) throw new Error(`"${needle}" is not in the source`)
  return index
}
