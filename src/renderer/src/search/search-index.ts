import MiniSearch from 'minisearch'
import type { ContentBundle, Section } from '@shared/content/model'
import { compareHref, conditionHref, hormoneHref, moduleHref } from '@shared/routes'
import { htmlToText } from '@shared/search/html-text'

export type SearchKind = 'module' | 'section' | 'hormone' | 'condition' | 'table'

export interface SearchDoc {
  id: string
  kind: SearchKind
  title: string
  /** Where the hit lives: the module title for a section, "Hormone", "Condition" … */
  context: string
  text: string
  href: string
}

export interface SearchHit {
  id: string
  kind: SearchKind
  title: string
  context: string
  href: string
}

const sectionText = (section: Section): string =>
  section.blocks.map((block) => (block.kind === 'html' ? htmlToText(block.html) : '')).join(' ')

/** Everything a clinician might look for, one document per module, section, entry and table. */
export function searchDocuments(bundle: ContentBundle): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (const topic of bundle.topics) {
    docs.push({
      id: `module:${topic.id}`,
      kind: 'module',
      title: topic.title,
      context: 'Teaching module',
      text: `${topic.summary} ${topic.tags.join(' ')}`,
      href: moduleHref(topic.id),
    })
    for (const section of topic.sections) {
      docs.push({
        id: `section:${topic.id}#${section.slug}`,
        kind: 'section',
        title: section.title,
        context: topic.title,
        text: `${section.subheadings.map((h) => h.title).join(' ')} ${sectionText(section)}`,
        href: moduleHref(topic.id, section.slug),
      })
    }
  }
  for (const entry of [...bundle.hormones, ...bundle.conditions]) {
    docs.push({
      id: `${entry.kind}:${entry.id}`,
      kind: entry.kind,
      title: entry.name,
      context: entry.kind === 'hormone' ? 'Hormone' : 'Condition',
      text: `${entry.aliases.join(' ')} ${entry.summary} ${entry.sections.map(sectionText).join(' ')}`,
      href: entry.kind === 'hormone' ? hormoneHref(entry.id) : conditionHref(entry.id),
    })
  }
  for (const table of bundle.comparisons) {
    docs.push({
      id: `table:${table.id}`,
      kind: 'table',
      title: table.title,
      context: 'Comparison table',
      text: `${htmlToText(table.descriptionHtml)} ${table.rows.map((r) => r.label).join(' ')}`,
      href: compareHref(table.id),
    })
  }
  return docs
}

/** A MiniSearch index over the bundle: titles weigh most; prefix and light fuzzy matching. */
export function createSearch(
  bundle: ContentBundle,
): (query: string, limit?: number) => SearchHit[] {
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'context', 'text'],
    storeFields: ['kind', 'title', 'context', 'href'],
    searchOptions: {
      boost: { title: 4, context: 1.5 },
      prefix: true,
      fuzzy: 0.2,
      combineWith: 'AND',
    },
  })
  index.addAll(searchDocuments(bundle))
  return (query, limit = 8) => {
    const text = query.trim()
    if (text.length < 2) return []
    return index
      .search(text)
      .slice(0, limit)
      .map((hit) => ({
        id: String(hit.id),
        kind: hit.kind as SearchKind,
        title: hit.title as string,
        context: hit.context as string,
        href: hit.href as string,
      }))
  }
}
