import type { Catalogue } from '@shared/content/catalogue'
import { conditionHref, hormoneHref, moduleHref } from '@shared/routes'
import { isReviewOverdue } from '../format'

/** A piece of clinical content and when it was, and is next to be, reviewed. */
export interface Reviewed {
  kind: 'Module' | 'Patient handout' | 'Hormone' | 'Condition'
  title: string
  /** Router path (no "#"). */
  path: string
  lastReviewed: string
  /** Absent for reference entries, which are reviewed with the modules that cite them. */
  nextReview?: string
}

/** Passed means on or after the day itself, as `npm run content:check` counts it. */
export const isOverdue = (item: Pick<Reviewed, 'nextReview'>, today: string): boolean =>
  item.nextReview !== undefined && isReviewOverdue(item.nextReview, today)

const path = (href: string): string => href.replace(/^#/, '')

type Item = { id: string; title: string; lastReviewed: string; nextReview: string }
type Entry = { id: string; name: string; lastReviewed: string }
/** What review dates are read from: the catalogue (a compiled bundle has the same lists). */
interface Dated {
  topics: Item[]
  handouts: Pick<Catalogue['handouts'][number], 'topic' | 'title' | 'lastReviewed' | 'nextReview'>[]
  hormones: Entry[]
  conditions: Entry[]
}

/** Every reviewed item in the content: modules, handouts, then reference entries. */
export function reviewedContent(bundle: Dated): Reviewed[] {
  const titles = new Map(bundle.topics.map((t) => [t.id, t.title]))
  return [
    ...bundle.topics.map((t) => ({
      kind: 'Module' as const,
      title: t.title,
      path: path(moduleHref(t.id)),
      lastReviewed: t.lastReviewed,
      nextReview: t.nextReview,
    })),
    ...bundle.handouts.map((h) => ({
      kind: 'Patient handout' as const,
      title: h.title || titles.get(h.topic) || h.topic,
      path: path(moduleHref(h.topic)),
      lastReviewed: h.lastReviewed,
      nextReview: h.nextReview,
    })),
    ...bundle.hormones.map((e) => ({
      kind: 'Hormone' as const,
      title: e.name,
      path: path(hormoneHref(e.id)),
      lastReviewed: e.lastReviewed,
    })),
    ...bundle.conditions.map((e) => ({
      kind: 'Condition' as const,
      title: e.name,
      path: path(conditionHref(e.id)),
      lastReviewed: e.lastReviewed,
    })),
  ]
}

/** The content a route shows whose review dates matter there (a module page: module and handout). */
export function reviewedOnRoute(
  bundle: Dated,
  route: { name?: unknown; params: Record<string, unknown> },
): Reviewed[] {
  const id = String(route.params['id'] ?? '')
  const all = reviewedContent(bundle)
  switch (route.name) {
    case 'module':
      return all.filter((r) => r.path === path(moduleHref(id)))
    case 'hormone':
      return all.filter((r) => r.path === path(hormoneHref(id)))
    case 'condition':
      return all.filter((r) => r.path === path(conditionHref(id)))
    default:
      return []
  }
}

/** Summary for the About dialog: the oldest review, the next review due, and how many are overdue. */
export function reviewSummary(bundle: Dated, today: string) {
  const all = reviewedContent(bundle)
  const last = all.map((r) => r.lastReviewed).sort()
  const next = all.flatMap((r) => (r.nextReview ? [r.nextReview] : [])).sort()
  return {
    oldestReview: last[0] ?? null,
    newestReview: last.at(-1) ?? null,
    nextDue: next.find((d) => d > today) ?? null,
    overdue: all.filter((r) => isOverdue(r, today)).length,
  }
}
