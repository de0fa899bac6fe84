import type { ContentBundle, Reference } from './model'
import { compareHref, conditionHref, hormoneHref, moduleHref } from '../routes'

/** One source the content cites, with every place that cites it. */
export interface CitedSource {
  key: string
  text: string
  url?: string
  note?: string
  citedIn: { title: string; path: string }[]
}

const path = (href: string): string => href.replace(/^#/, '')

/**
 * Every source cited anywhere in the content (modules, reference entries, comparison tables,
 * handouts, slide decks), once each, alphabetical by citation, with where it is cited.
 */
export function citedSources(bundle: ContentBundle): CitedSource[] {
  const sources = new Map<string, CitedSource>()
  // Paths each source already lists: a source cited across a large library has a long list.
  const listed = new Map<string, Set<string>>()
  const add = (references: Reference[], title: string, at: string): void => {
    for (const reference of references) {
      const source = sources.get(reference.key) ?? {
        key: reference.key,
        text: reference.text,
        ...(reference.url ? { url: reference.url } : {}),
        ...(reference.note ? { note: reference.note } : {}),
        citedIn: [],
      }
      let paths = listed.get(reference.key)
      if (!paths) listed.set(reference.key, (paths = new Set()))
      if (!paths.has(at)) {
        paths.add(at)
        source.citedIn.push({ title, path: at })
      }
      sources.set(reference.key, source)
    }
  }
  for (const t of bundle.topics) add(t.references, t.title, path(moduleHref(t.id, 'references')))
  for (const h of bundle.hormones) add(h.references, h.name, path(hormoneHref(h.id)))
  for (const c of bundle.conditions) add(c.references, c.name, path(conditionHref(c.id)))
  for (const c of bundle.comparisons) add(c.references, c.title, path(compareHref(c.id)))
  for (const h of bundle.handouts)
    add(h.sources, `${h.title} (patient handout)`, path(moduleHref(h.topic)))
  for (const d of bundle.decks) add(d.references, `${d.title} (slides)`, path(moduleHref(d.id)))
  return [...sources.values()].sort((a, b) => a.text.localeCompare(b.text, 'en-GB'))
}
