import type { XrefKind } from '../routes'

/** A markdown-it env: any keys (markdown-it keeps its link reference definitions there). */
interface Env {
  [key: string | symbol]: unknown
}

/** A cross-link target as written in content: `[[kind:id#section|label]]`. */
export interface XrefTarget {
  kind: XrefKind
  id: string
  section?: string
}

/** What the content library knows about a cross-link target. */
export interface ResolvedXref {
  label: string
  /** One-line description shown in hover/focus previews. */
  summary?: string
}

/** A `::: red-flags` or `::: cautions` directive: ids of safety data to print here. */
export interface SafetyDirective {
  name: 'red-flags' | 'cautions'
  ids: string[]
  /** 0-based body line of the directive. */
  line: number
}

/** What a safety directive becomes: trusted wrapper HTML and Markdown parsed as content. */
export type SafetyPart = { html: string } | { markdown: string }

/** Something a document refers to, with the 0-based body line it was found on. */
export type ContentReference =
  /** `claim`: the sentence the citation supports, as far as the text before it shows. */
  | { type: 'citation'; key: string; line: number; claim?: string }
  | { type: 'xref'; target: XrefTarget; line: number }
  | { type: 'compare'; tableId: string; rows: string[]; line: number }
  | { type: 'red-flags' | 'cautions'; ids: string[]; line: number }

/** One heading seen while rendering, in document order. */
export interface HeadingInfo {
  level: number
  slug: string
  title: string
  line: number
}

/**
 * Per-document state shared by the plugins. Passing the same env to several render calls
 * keeps citation numbers and heading ids consistent across a document's sections.
 */
export interface RenderEnv extends Env {
  /** Prefix for generated element ids so content can never clash with app ids. */
  idPrefix: string
  /** Route that holds this document's numbered references (citations link there). */
  referencesHref?: string
  /** Looks up a cross-link target; `null` marks it unknown (rendered as plain text). */
  resolveXref?: (target: XrefTarget) => ResolvedXref | null
  /**
   * Expands a safety directive from the safety data (red flags by tier, medicine cautions).
   * Supplied by the content compiler; without it the directive renders a placeholder.
   */
  expandSafety?: (directive: SafetyDirective) => SafetyPart[]
  /** Looks up a citation key; `null` marks it unknown. */
  resolveCitation?: (key: string) => { short: string } | null
  /** Citation keys in order of first use: the reference number is index + 1. */
  citations: string[]
  /** Everything the document cites or links to, for validation. (Not `references`: markdown-it uses that name.) */
  links: ContentReference[]
  headings: HeadingInfo[]
  /** Slugs already used, so repeated headings get distinct ids. */
  usedSlugs: Set<string>
  /** Malformed blocks found while parsing (an unknown myth rating, notes without minutes). */
  problems: ContentProblem[]
}

/** A problem a plugin found, with the 0-based body line and the construct it concerns. */
export interface ContentProblem {
  line: number
  field: string
  message: string
}

export function createEnv(options: Partial<RenderEnv> = {}): RenderEnv {
  return {
    idPrefix: 'pa-',
    citations: [],
    links: [],
    headings: [],
    usedSlugs: new Set(),
    problems: [],
    ...options,
  }
}

/** Number of a citation key in this document, assigning the next number on first use. */
export function citationNumber(env: RenderEnv, key: string): number {
  let index = env.citations.indexOf(key)
  if (index === -1) {
    env.citations.push(key)
    index = env.citations.length - 1
  }
  return index + 1
}
