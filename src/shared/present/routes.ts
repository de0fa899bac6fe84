/**
 * Routes of presenting, in one place so the library, the module page, the console and (in phase
 * 2) main's Present menu build the same links. Decks are named by their module id; saved
 * sessions by their own id.
 */

/** What is being presented: a module's deck, or a saved teaching session. */
export type PresentationSource = { kind: 'deck'; id: string } | { kind: 'session'; id: string }

function base(source: PresentationSource): string {
  return source.kind === 'deck' ? `#/present/${source.id}` : `#/sessions/${source.id}`
}

/** The audience view, at slide `n` (1-based) when given. */
export function audienceHref(source: PresentationSource, n?: number): string {
  const root = source.kind === 'deck' ? base(source) : `${base(source)}/present`
  return n ? `${root}/${n}` : root
}

export function presenterHref(source: PresentationSource): string {
  return `${base(source)}/presenter`
}

/** Print layouts: slides for attendees (2 or 3 a page, with note lines or not) or the script. */
export type PrintOptions =
  { layout: 'handout'; perPage: 2 | 3; lines: boolean } | { layout: 'script' }

export function printHref(source: PresentationSource, options: PrintOptions): string {
  const query =
    options.layout === 'script'
      ? 'layout=script'
      : `layout=handout&per=${options.perPage}&lines=${options.lines ? 1 : 0}`
  return `${base(source)}/print?${query}`
}

/** Reads print options from a route query; anything unknown falls back to 3 a page with lines. */
export function parsePrintOptions(query: Record<string, unknown>): PrintOptions {
  if (query['layout'] === 'script') return { layout: 'script' }
  return {
    layout: 'handout',
    perPage: String(query['per']) === '2' ? 2 : 3,
    lines: String(query['lines']) !== '0',
  }
}

/** A route's path for the router (an href without its leading "#"). */
export const routePath = (href: string): string => href.replace(/^#/, '')
