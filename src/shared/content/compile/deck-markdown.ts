import type { MarkdownIt } from 'markdown-it'
import container from 'markdown-it-container'
import { createMarkdown } from '../../markdown'
import { DECK_CLAIM_CONTAINERS, DECK_CONTAINERS } from '../parse/schemas/deck'

/** Labels the audience sees above a case or a question for the room. */
const LABELS: Partial<Record<(typeof DECK_CONTAINERS)[number], string>> = {
  vignette: 'Case',
  say: 'Words to use',
  ask: 'Ask the room',
}

/**
 * The content Markdown plus the slide containers (`::: title`, `::: objectives`,
 * `::: vignette`, `::: question`, `::: answer`, `::: say`, `::: ask`, `::: flow`). Only decks use them,
 * so they live here rather than in the shared plugins: a module that writes `::: vignette`
 * still gets the plain paragraph it always did.
 */
function createDeckMarkdown(): MarkdownIt {
  const md = createMarkdown()
  for (const name of [...DECK_CONTAINERS, ...DECK_CLAIM_CONTAINERS]) {
    container(md, name, {
      validate: (params) => params.trim() === name,
      render(tokens, idx) {
        if (tokens[idx]!.nesting !== 1) return '</div>\n'
        const label = LABELS[name as keyof typeof LABELS]
        return (
          `<div class="pa-slide-${name}"${label ? ` role="note" aria-label="${label}"` : ''}>\n` +
          (label ? `<p class="pa-slide-label">${label}</p>\n` : '')
        )
      },
    })
  }
  return md
}

let shared: MarkdownIt | undefined

/** One deck Markdown instance, built on first use. */
export function deckMarkdown(): MarkdownIt {
  shared ??= createDeckMarkdown()
  return shared
}

/**
 * Parses `compare <table-id> [rows=a,b] [cols=x,y]` (the module form plus the columns a slide
 * shows); `null` when malformed.
 */
export function parseSlideCompare(
  info: string,
): { tableId: string; rows: string[]; columns: string[] } | null {
  const match = /^compare\s+([a-z0-9]+(?:-[a-z0-9]+)*)((?:\s+(?:rows|cols)=[a-z0-9,-]+)*)\s*$/.exec(
    info.trim(),
  )
  if (!match) return null
  const options = new Map(
    [...match[2]!.matchAll(/(rows|cols)=([a-z0-9,-]+)/g)].map((m) => [m[1]!, m[2]!]),
  )
  const list = (key: string) => (options.get(key) ?? '').split(',').filter(Boolean)
  return { tableId: match[1]!, rows: list('rows'), columns: list('cols') }
}
