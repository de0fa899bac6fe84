import type { ChunkRef } from './chunk-error'

/** A route as the router resolves or navigates to it. */
interface RouteLike {
  name?: unknown
  params: Record<string, unknown>
}

/**
 * The chunks a route shows, loaded before it is shown. Sessions name their decks only once the
 * saved session is read, so their present routes load decks themselves (usePresentation.ts).
 */
export function routeNeeds(route: RouteLike): ChunkRef[] {
  const param = (name: string): string => String(route.params[name] ?? '')
  switch (route.name) {
    case 'module':
      return [{ kind: 'topic', id: param('id') }]
    case 'compare':
      return [{ kind: 'comparison', id: param('id') }]
    case 'hormone':
      return [{ kind: 'hormone', id: param('id') }]
    case 'condition':
      return [{ kind: 'condition', id: param('id') }]
    case 'present':
    case 'presenter':
    case 'present-print':
      return [{ kind: 'deck', id: param('deck') }]
    case 'sessions':
      return [{ kind: 'outlines', id: 'all' }]
    case 'sources':
      return [{ kind: 'sources', id: 'all' }]
    default:
      return []
  }
}

/** What is worth fetching early on a route: its needs, and a module's patient handout. */
export function routeHints(route: RouteLike): ChunkRef[] {
  const needs = routeNeeds(route)
  return route.name === 'module'
    ? [...needs, { kind: 'handout', id: String(route.params['id']) }]
    : needs
}
