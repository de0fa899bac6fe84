import { ref, shallowRef } from 'vue'
import type { Reference } from '@shared/content/model'
import { EVIDENCE_LABELS } from '@shared/content/labels'
import { CONDITION_CATEGORIES, HORMONE_CLASSES } from '@shared/content/labels'
import type { ContentIndex } from '../content/content-index'

/** What a link preview shows. */
export interface PreviewContent {
  kind: string
  title: string
  body: string
  meta?: string
}

/**
 * Preview state for cross-links and citations in a page: hovering or focusing a link shows
 * what it points at (the entry's summary, or the full reference) without leaving the text.
 */
export function useLinkPreview(content: ContentIndex, references: () => Reference[]) {
  const anchor = shallowRef<HTMLAnchorElement | null>(null)
  const preview = ref<PreviewContent | null>(null)

  function show(link: HTMLAnchorElement): void {
    const found = describe(link)
    anchor.value = found ? link : null
    preview.value = found
  }

  function describe(link: HTMLAnchorElement): PreviewContent | null {
    if (link.dataset.ref) {
      const reference = references().find((r) => r.number === Number(link.dataset.ref))
      if (!reference) return null
      return {
        kind: `Reference ${reference.number}`,
        title: '',
        body: reference.text,
        meta: reference.note,
      }
    }
    const [kind, id = ''] = (link.dataset.xref ?? '').split(':')
    if (kind === 'hormone' || kind === 'condition') {
      const entry = content.entryInfo(kind, id)
      if (!entry) return null
      const group =
        entry.kind === 'hormone'
          ? HORMONE_CLASSES[entry.class]
          : CONDITION_CATEGORIES[entry.category]
      const urgency = entry.kind === 'condition' ? ` · ${content.tier(entry.urgency).label}` : ''
      return {
        kind: entry.kind === 'hormone' ? 'Hormone' : 'Condition',
        title: entry.name,
        body: entry.summary,
        meta: `${group}${urgency} · Evidence: ${EVIDENCE_LABELS[entry.evidence]}`,
      }
    }
    if (kind === 'module') {
      const topic = content.topicInfo(id)
      return topic ? { kind: 'Module', title: topic.title, body: topic.summary } : null
    }
    if (kind === 'compare') {
      const table = content.comparisonInfo(id)
      return table
        ? {
            kind: 'Comparison table',
            title: table.title,
            body: `${table.rows} ${table.rowNoun} compared`,
          }
        : null
    }
    return null
  }

  function hide(): void {
    anchor.value = null
    preview.value = null
  }

  return { anchor, preview, show, hide }
}
