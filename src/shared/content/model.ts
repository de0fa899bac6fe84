/**
 * The compiled content bundle: what the build hands the renderer and what main reads for
 * handouts. Markdown is already rendered to safe HTML; ids and links are already checked.
 */
import type {
  AUDIENCES,
  ColumnType,
  CONDITION_CATEGORIES,
  EvidenceLevel,
  HORMONE_CLASSES,
  TierId,
} from './labels'

export type { EvidenceLevel, ColumnType, TierId }

/** A numbered entry in a document's reference list. */
export interface Reference {
  number: number
  key: string
  /** Full citation, Vancouver style, plain text. */
  text: string
  /** Short form ("Miller et al. 2022") for tooltips and sources lines. */
  short: string
  url?: string
  note?: string
}

/** A piece of a section: rendered HTML, or a component the view mounts in its place. */
export type Block =
  { kind: 'html'; html: string } | { kind: 'compare'; tableId: string; rows: string[] }

export interface Section {
  slug: string
  title: string
  blocks: Block[]
  /** Presenter notes for this section, hidden while reading. */
  notes: { html: string; minutes: number | null } | null
  /** H3 headings inside the section, for the table of contents. */
  subheadings: { slug: string; title: string }[]
}

export interface QuizOption {
  html: string
  correct: boolean
  explanationHtml: string
}

export interface QuizQuestion {
  id: string
  vignetteHtml: string | null
  triage: boolean
  stemHtml: string
  options: QuizOption[]
}

export type Audience = keyof typeof AUDIENCES

export interface Topic {
  id: string
  title: string
  summary: string
  audience: Audience[]
  teachingMinutes: number
  lastReviewed: string
  nextReview: string
  tags: string[]
  related: string[]
  hormones: string[]
  conditions: string[]
  /** Red-flag ids the module teaches, in the order its `::: red-flags` block lists them. */
  redFlags: string[]
  sections: Section[]
  quiz: QuizQuestion[]
  references: Reference[]
}

/** A run of handout text with one style. */
export interface Run {
  text: string
  bold: boolean
  italic: boolean
}

/** What a handout section prints: the PDF service lays these out itself. */
export type HandoutBlock =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  /** A medicine's cautions, from medicines.yaml, printed where the handout suggests it. */
  | { type: 'caution'; medicine: string; runs: Run[] }

/** One tier of a handout's "When should I get help?", in the tier model's words. */
export interface HelpTier {
  tier: TierId
  /** What to do, as the box heading ("Call 999 or 112 now"). */
  action: string
  /** Where to go, leading into the list. */
  lead: string
  /** Red flags in patient wording, by id; `short` names an emergency sign in a few words. */
  items: { id: string; text: string; short?: string }[]
}

/** A patient handout, with its sections as printable blocks and as HTML for the preview. */
export interface Handout {
  topic: string
  title: string
  summary: string
  lastReviewed: string
  nextReview: string
  sections: { title: string; html: string; blocks: HandoutBlock[] }[]
  /** Help tiers that have items, most urgent first. */
  help: HelpTier[]
  checklist: string[]
  questions: string[]
  sources: Reference[]
  /** Plain text word count and Flesch-Kincaid grade, when measured at build time. */
  readability: { words: number; grade: number } | null
  /** PEMAT-P percentages from the handout's item-by-item score file. */
  pemat: { understandability: number; actionability: number } | null
}

interface ReferenceEntryBase {
  id: string
  name: string
  aliases: string[]
  summary: string
  evidence: EvidenceLevel
  modules: string[]
  lastReviewed: string
  sections: Section[]
  references: Reference[]
}

export interface Hormone extends ReferenceEntryBase {
  kind: 'hormone'
  class: keyof typeof HORMONE_CLASSES
  source: string
}

export interface Condition extends ReferenceEntryBase {
  kind: 'condition'
  category: keyof typeof CONDITION_CATEGORIES
  urgency: TierId
}

export type ReferenceEntry = Hormone | Condition

export interface Cell {
  /** Plain text, for filtering and for screen readers' sort announcements. */
  text: string
  html: string
  /** Sort key for ordinal and numeric columns; higher means more (evidence, urgency…). */
  rank: number | null
  /** For matrix cells: the module section that discusses this cause. */
  href?: string
}

export interface Column {
  id: string
  label: string
  type: ColumnType
  module?: string
  description?: string
}

export interface Row {
  id: string
  label: string
  ref?: { kind: 'hormone' | 'condition'; id: string }
  modules: string[]
  cells: Record<string, Cell>
  /** Reference numbers (into the table's `references`) supporting this row. */
  cite: number[]
}

export interface ComparisonTable {
  id: string
  title: string
  descriptionHtml: string
  kind: 'table' | 'matrix'
  rowHeader: string
  rowNoun: string
  legendHtml: string | null
  columns: Column[]
  rows: Row[]
  references: Reference[]
}

/** Where an entry is mentioned: a module section or a comparison table. */
export interface Backlink {
  href: string
  label: string
  /** Module or table title, for grouping. */
  context: string
}

/** An urgency tier as a reader sees it (the wording lives in urgency-tiers.yaml). */
export interface UrgencyTier {
  id: TierId
  label: string
  clinicianHtml: string
  patient: { action: string; lead: string }
}

export interface ContentBundle {
  /** The one tier model, most urgent first. */
  tiers: UrgencyTier[]
  topics: Topic[]
  handouts: Handout[]
  hormones: Hormone[]
  conditions: Condition[]
  comparisons: ComparisonTable[]
  /** `hormone:id` / `condition:id` → places that mention it. */
  backlinks: Record<string, Backlink[]>
  /** Slide decks for teaching, one per module that has one. */
  decks: Deck[]
  /** Search vocabulary from synonyms.yaml (an entry's own aliases stay on the entry). */
  synonyms: Synonyms
}

/** Words people type for one meaning, and the content to rank first for them. */
export interface SynonymGroup {
  /** The clinical term as the atlas writes it ("subarachnoid haemorrhage"). */
  means: string
  /** Abbreviations and lay words ("SAH", "brain bleed"). */
  terms: string[]
  /** Targets in cross-link syntax, best first: `condition:x`, `module:x#section`, `compare:x`, `handout:x`. */
  find: string[]
}

export interface Synonyms {
  /** A variant spelling → the content's spelling, one folded singular word each. */
  spellings: Record<string, string>
  groups: SynonymGroup[]
}

/** What a slide mainly is: it sets the slide's layout and its label in the overview. */
export type SlideKind =
  'title' | 'content' | 'vignette' | 'question' | 'compare' | 'red-flags' | 'figure' | 'references'

/** A piece of a slide, in the order the author wrote it. */
export type SlideBlock =
  | { kind: 'html'; html: string }
  /** A self-check question: shown from the first step. */
  | { kind: 'question'; html: string }
  /** Its answer and explanation: revealed on the next press. */
  | { kind: 'answer'; html: string }
  /** Rows of a comparison table; row i shows from step i, so the presenter steps through them. */
  | {
      kind: 'compare'
      tableId: string
      rows: string[]
      columns: string[]
      /** Row id → the row's sources as citation marks, numbered in the deck. */
      citesHtml: Record<string, string>
    }
  /** A flow diagram: each item a box, drawn left to right with arrows between. */
  | { kind: 'flow'; items: string[] }

/** One slide of a deck, with what the presenter needs beside it. */
export interface Slide {
  /** Unique within its deck and stable when other slides change (from the title). */
  id: string
  title: string
  kind: SlideKind
  /** Title of the deck section (`# Section`) the slide belongs to. */
  section: string
  blocks: SlideBlock[]
  /** Presses that stay on this slide before the next one: reveals and table rows. */
  steps: number
  notesHtml: string
  /** Time budget in minutes (0 for the generated references). */
  minutes: number
  /** Bibliography keys this slide cites, in order of first use. */
  cites: string[]
}

/** A module's slide deck: authored slides, then generated references slides. */
export interface Deck {
  /** The module id: one deck per module. */
  id: string
  title: string
  /** The deck's time budget: the sum of its slides' budgets. */
  minutes: number
  slides: Slide[]
  references: Reference[]
}
