/** What a search result is. The order is the order of the filters on the results page. */
export const SEARCH_KINDS = [
  'condition',
  'hormone',
  'module',
  'section',
  'table',
  'handout',
  'quiz',
  'slide',
] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Group headings and filter labels. */
export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  condition: { one: 'Condition', many: 'Conditions' },
  hormone: { one: 'Hormone', many: 'Hormones' },
  module: { one: 'Module', many: 'Modules' },
  section: { one: 'Module section', many: 'Module sections' },
  table: { one: 'Comparison table', many: 'Comparison tables' },
  handout: { one: 'Patient handout', many: 'Patient handouts' },
  quiz: { one: 'Self-check question', many: 'Self-check questions' },
  slide: { one: 'Slide', many: 'Slides' },
}

/**
 * A light prior by kind, for hits that match equally well: a whole entry or module is a
 * better first answer than one slide or question that mentions the same words.
 */
export const KIND_PRIOR: Record<SearchKind, number> = {
  condition: 1.3,
  hormone: 1.3,
  module: 1.3,
  table: 1.15,
  section: 1,
  handout: 0.9,
  quiz: 0.8,
  slide: 0.8,
}

export function isSearchKind(value: unknown): value is SearchKind {
  return (SEARCH_KINDS as readonly unknown[]).includes(value)
}

/** Shortest query searched: one letter matches half the index and helps nobody. */
export const MIN_QUERY_LENGTH = 2
