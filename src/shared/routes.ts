/**
 * The app's stable deep links. Every part of the app (router, Markdown cross-links, backlinks)
 * builds hrefs here so that a link written in content always matches a route.
 */

/** Kinds of entry a `[[kind:id]]` cross-link can point at. */
export const XREF_KINDS = ['module', 'hormone', 'condition', 'compare'] as const
export type XrefKind = (typeof XREF_KINDS)[number]

/** Shape of every content id: lower-case words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function moduleHref(id: string, section?: string): string {
  return section ? `#/modules/${id}/${section}` : `#/modules/${id}`
}

export function hormoneHref(id: string): string {
  return `#/reference/hormones/${id}`
}

export function conditionHref(id: string): string {
  return `#/reference/conditions/${id}`
}

export function compareHref(id: string): string {
  return `#/compare/${id}`
}

export function xrefHref(kind: XrefKind, id: string, section?: string): string {
  switch (kind) {
    case 'module':
      return moduleHref(id, section)
    case 'hormone':
      return hormoneHref(id)
    case 'condition':
      return conditionHref(id)
    case 'compare':
      return compareHref(id)
  }
}

/** Hash routes the app can open; anything else in content is refused as a link. */
export const APP_ROUTE_PATTERN = /^#\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/
