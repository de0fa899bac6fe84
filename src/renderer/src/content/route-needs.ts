import type { ChunkRef } from './chunk-error'

/** A route as the router resolves or navigates to it. */
interface RouteLike {
  name?: unknown
  params: Record<string, unknown>
}

const param = (route: RouteLike, name: string): string => String(route.params[name] ?? '')

/**
 * The chunks a route shows, loaded before it is shown. A module opens with its first screen
 * and loads the rest once that is painted (`routeLater`), except for a link to one of its
 * sections, which must land there. Sessions name their decks only once the saved session is
 * read, so their present routes load decks themselves (usePresentation.ts).
 */
export function routeNeeds(route: RouteLike): ChunkRef[] {
  const id = param(route, 'id')
  switch (route.name) {
    case 'module':
      return param(route, 'section')
        ? [{ kind: 'topic', id }, ...routeLater(route)]
        : [{ kind: 'topic', id }]
    case 'compare':
      return [{ kind: 'comparison', id }]
    case 'hormone':
      return [{ kind: 'hormone', id }]
    case 'condition':
      return [{ kind: 'condition', id }]
    case 'present':
    case 'presenter':
    case 'present-print':
      return [{ kind: 'deck', id: param(route, 'deck') }]
    case 'sessions':
      return [{ kind: 'outlines', id: 'all' }]
    case 'sources':
      return [{ kind: 'sources', id: 'all' }]
    default:
      return []
  }
}

/**
 * What a route shows below its first screen: loaded as soon as that screen is painted, so it
 * does not hold it back (a module's later sections, questions and references).
 */
export function routeLater(route: RouteLike): ChunkRef[] {
  return route.name === 'module' ? [{ kind: 'topicRest', id: param(route, 'id') }] : []
}

/** What is worth fetching early on a route: its needs, and a module's patient handout. */
export function routeHints(route: RouteLike): ChunkRef[] {
  const needs = routeNeeds(route)
  return route.name === 'module' ? [...needs, { kind: 'handout', id: param(route, 'id') }] : needs
}
