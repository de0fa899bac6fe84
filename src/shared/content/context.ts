import type { IssueList } from './issues'
import type { Ledger } from './compile/ledger'
import type { Bibliography } from './compile/bibliography'
import type { BibliographyEntry } from './parse/schemas/bibliography'
import { createEnv, type RenderEnv, type ResolvedXref, type XrefTarget } from '../markdown'
import { shortCitation } from './compile/bibliography'
import type { SafetyData } from './parse/parse-safety'
import { safetyExpander, type Audience } from './compile/expand-safety'

/** Measures a patient text; injected so the app itself does not ship the readability library. */
export type ReadabilityMeter = (text: string) => { grade: number; words: number }

export interface CompileOptions {
  /** "Today" as YYYY-MM-DD, so review-date checks are testable. */
  today: string
  readability?: ReadabilityMeter
}

/** Titles of everything a cross-link may point at, known before any body is rendered. */
export interface Registry {
  topics: Map<string, { title: string; summary: string }>
  hormones: Map<string, { title: string; summary: string }>
  conditions: Map<string, { title: string; summary: string }>
  comparisons: Map<string, { title: string; summary: string }>
}

export interface CompileContext {
  issues: IssueList
  ledger: Ledger
  bibliography: Bibliography
  registry: Registry
  /** Urgency tiers, red flags and medicine cautions, which documents print by id. */
  safety: SafetyData
  options: CompileOptions
}

function lookup(registry: Registry, target: XrefTarget): ResolvedXref | null {
  const table = {
    module: registry.topics,
    hormone: registry.hormones,
    condition: registry.conditions,
    compare: registry.comparisons,
  }[target.kind]
  const found = table?.get(target.id)
  return found ? { label: found.title, summary: found.summary } : null
}

/** Short citations by entry: every citation mark of every document shows one in its tooltip. */
const shortCitations = new WeakMap<BibliographyEntry, { short: string }>()

function shortOf(entry: BibliographyEntry): { short: string } {
  let found = shortCitations.get(entry)
  if (!found) {
    found = { short: shortCitation(entry) }
    shortCitations.set(entry, found)
  }
  return found
}

/**
 * A fresh env for one document, resolving cross-links and citations against the registry and
 * printing safety directives for its audience.
 */
export function documentEnv(
  context: CompileContext,
  referencesHref?: string,
  audience: Audience = 'clinician',
): RenderEnv {
  const env = createEnv({
    resolveXref: (target) => lookup(context.registry, target),
    resolveCitation: (key) => {
      const entry = context.bibliography.get(key)
      return entry ? shortOf(entry) : null
    },
  })
  if (referencesHref) env.referencesHref = referencesHref
  env.expandSafety = safetyExpander(context.safety, audience, env.problems)
  return env
}
