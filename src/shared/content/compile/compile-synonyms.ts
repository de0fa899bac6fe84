import type { IssueList } from '../issues'
import type { Registry } from '../context'
import type { Synonyms, Topic } from '../model'
import type { ParsedYamlSource } from '../parse/parse-source'
import { SYNONYM_TARGET, type SynonymsFile } from '../parse/schemas/synonyms'
import { baseForm, createTermProcessor, phraseKey } from '../../search/terms'

/** What the synonyms are checked against: everything a target may name. */
export interface SynonymTargets {
  registry: Registry
  topics: Map<string, Topic>
  /** Modules that have a patient handout. */
  handouts: Set<string>
  /** Each entry's name and aliases: search already finds the entry by them. */
  entryNames: { target: string; file: string; names: string[] }[]
}

const FOLDERS = {
  module: 'topics',
  condition: 'conditions',
  hormone: 'hormones',
  compare: 'comparisons',
  handout: 'handouts',
} as const

const NOUNS = {
  module: 'module',
  condition: 'condition',
  hormone: 'hormone',
  compare: 'comparison table',
  handout: 'patient handout',
} as const

/**
 * Checks `synonyms.yaml` against the compiled content and returns what search needs. A target
 * that names nothing, a word listed twice, or a word an entry already answers to is an error
 * with its file and line: each word means one thing, said once.
 */
export function compileSynonyms(
  source: ParsedYamlSource<SynonymsFile> | undefined,
  targets: SynonymTargets,
  issues: IssueList,
): Synonyms {
  if (!source) return { spellings: {}, groups: [] }
  const { data, file, yaml } = source
  const spellings = checkSpellings(source, issues)
  const processTerm = createTermProcessor(spellings)
  const key = (text: string) => phraseKey(text, processTerm)

  const owners = new Map<string, string>()
  for (const entry of targets.entryNames) {
    for (const name of entry.names) owners.set(key(name), `${entry.target} (${entry.file})`)
  }
  const seen = new Map<string, number>()

  const groups = data.groups.map((group, g) => {
    const meansKey = key(group.means)
    const terms = group.terms.filter((term, t) => {
      const at = yaml.lineOf(['groups', g, 'terms', t])
      const termKey = key(term)
      const problem = !termKey
        ? `"${term}" has no searchable word (each is too short or too common); write a longer term`
        : termKey === meansKey
          ? `"${term}" is what "means" already says; list only other words for it`
          : seen.has(termKey)
            ? `"${term}" is already a term on line ${seen.get(termKey)}; a word can mean one thing here, so keep one and add its targets there`
            : owners.has(termKey)
              ? `"${term}" is already the name or an alias of ${owners.get(termKey)}, so search finds that entry by it; remove it here`
              : null
      if (problem) {
        issues.add(file, at, `groups.${g}.terms`, problem)
        return false
      }
      seen.set(termKey, at)
      return true
    })
    const find = group.find.filter((target, t) => {
      const problem =
        group.find.indexOf(target) !== t
          ? `"${target}" is listed twice`
          : targetProblem(target, targets)
      if (problem)
        issues.add(file, yaml.lineOf(['groups', g, 'find', t]), `groups.${g}.find`, problem)
      return !problem
    })
    return { means: group.means, terms, find }
  })
  return { spellings, groups: groups.filter((g) => g.terms.length && g.find.length) }
}

function checkSpellings(source: ParsedYamlSource<SynonymsFile>, issues: IssueList) {
  const { data, file, yaml } = source
  const spellings: Record<string, string> = {}
  for (const [variant, spelling] of Object.entries(data.spellings)) {
    const at = yaml.lineOf(['spellings', variant])
    const problem =
      baseForm(variant) !== variant
        ? `"${variant}" is never searched as written; write its singular form "${baseForm(variant)}"`
        : variant === spelling
          ? `"${variant}" maps to itself; remove it`
          : spelling in data.spellings
            ? `"${spelling}" is itself a variant here; map "${variant}" straight to the spelling the content uses`
            : null
    if (problem) issues.add(file, at, `spellings.${variant}`, problem)
    else spellings[variant] = baseForm(spelling)
  }
  return spellings
}

/** Why a target names nothing, or null when it resolves. */
function targetProblem(target: string, targets: SynonymTargets): string | null {
  const [, kind, id, section] = SYNONYM_TARGET.exec(target) as unknown as [
    string,
    keyof typeof FOLDERS,
    string,
    string | undefined,
  ]
  const ids: Iterable<string> = {
    module: targets.registry.topics.keys(),
    condition: targets.registry.conditions.keys(),
    hormone: targets.registry.hormones.keys(),
    compare: targets.registry.comparisons.keys(),
    handout: targets.handouts,
  }[kind]
  const known = [...ids]
  if (!known.includes(id)) {
    const near = closest(id, known)
    return `no ${NOUNS[kind]} "${id}" (resources/content/${FOLDERS[kind]}/${id}.${kind === 'compare' ? 'yaml' : 'md'} does not exist)${near ? `; did you mean "${kind}:${near}"?` : ''}`
  }
  if (section !== undefined) {
    if (kind !== 'module')
      return `only a module target can name a section ("module:<id>#<section>")`
    const topic = targets.topics.get(id)
    const slugs = topic?.sections.flatMap((s) => [s.slug, ...s.subheadings.map((h) => h.slug)])
    if (slugs && !slugs.includes(section)) {
      return `module "${id}" has no section "${section}"; its sections are: ${topic!.sections.map((s) => s.slug).join(', ')}`
    }
  }
  return null
}

/** The candidate nearest `word` by edit distance, if it is near enough to be a likely typo. */
function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of candidates) {
    const distance =
      candidate.startsWith(word) || word.startsWith(candidate) ? 1 : edits(word, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function edits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    }
    previous = row
  }
  return previous[b.length]!
}
