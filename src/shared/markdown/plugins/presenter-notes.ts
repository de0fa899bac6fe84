import type { MarkdownIt } from 'markdown-it'
import container from 'markdown-it-container'
import type { RenderEnv } from '../env'

/** Minutes a `::: notes <minutes>` block allots to its section; `null` when absent or invalid. */
export function notesMinutes(info: string): number | null {
  const match = /^notes\s+(\d{1,3})(?:\s*min(?:utes)?)?\s*$/.exec(info.trim())
  return match ? Number(match[1]) : null
}

/**
 * `::: notes <minutes>` holds what a presenter says for a section. It is hidden while reading
 * (a class the view toggles) and becomes the speaker notes of the section's slides.
 */
export default function presenterNotes(md: MarkdownIt): void {
  container(md, 'notes', {
    render(tokens, idx, _options, rawEnv) {
      const env = rawEnv as RenderEnv
      const token = tokens[idx]!
      if (token.nesting !== 1) return '</div>\n'
      const minutes = notesMinutes(token.info)
      if (minutes === null) {
        env.problems?.push({
          line: token.map?.[0] ?? 0,
          field: 'notes',
          message: 'presenter notes need their timing in minutes: "::: notes 5"',
        })
      }
      const timing = minutes === null ? '' : ` · ${minutes} min`
      return (
        `<div class="pa-notes" role="note" aria-label="Presenter notes"${minutes === null ? '' : ` data-minutes="${minutes}"`}>\n` +
        `<p class="pa-notes__label">Presenter notes${timing}</p>\n`
      )
    },
  })
}
