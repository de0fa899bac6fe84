import type { IssueList } from '../issues'
import { TIER_IDS, type TierId } from '../labels'
import { parseYamlFile } from './parse-source'
import {
  medicinesFile,
  redFlagsFile,
  urgencyTiersFile,
  type MedicineEntry,
  type RedFlagEntry,
  type UrgencyTierEntry,
} from './schemas/safety'

/** An entry with the file and line it was defined on, so checks can point back at it. */
export interface Located<T> {
  entry: T
  file: string
  line: number
}

/**
 * The safety data every document is checked against: urgency tiers, red flags and medicine
 * cautions, each said once in its own file and referred to by id everywhere else.
 */
export interface SafetyData {
  tiers: Map<TierId, UrgencyTierEntry>
  flags: Map<string, Located<RedFlagEntry>>
  medicines: Map<string, Located<MedicineEntry>>
}

export const SAFETY_FILES = {
  tiers: 'urgency-tiers.yaml',
  flags: 'red-flags.yaml',
  medicines: 'medicines.yaml',
} as const

type Source = { file: string; text: string } | undefined

/** Parses the three safety files; every problem is reported and the rest still loads. */
export function parseSafety(
  sources: { tiers: Source; flags: Source; medicines: Source },
  display: (path: string) => string,
  issues: IssueList,
): SafetyData {
  const safety: SafetyData = { tiers: new Map(), flags: new Map(), medicines: new Map() }
  const missing = (key: keyof typeof SAFETY_FILES): void =>
    issues.add(display(SAFETY_FILES[key]), 1, 'file', `${SAFETY_FILES[key]} is missing`)

  if (sources.tiers) {
    const parsed = parseYamlFile(sources.tiers.file, sources.tiers.text, urgencyTiersFile, issues)
    if (parsed) {
      const ids = parsed.data.tiers.map((t) => t.id)
      if (ids.join() !== TIER_IDS.join()) {
        issues.add(
          parsed.file,
          parsed.yaml.lineOf(['tiers']),
          'tiers',
          `define exactly these tiers, most urgent first: ${TIER_IDS.join(', ')} (found ${ids.join(', ')})`,
        )
      }
      for (const tier of parsed.data.tiers) safety.tiers.set(tier.id, tier)
    }
  } else missing('tiers')

  const load = <T extends { id: string }>(
    key: 'flags' | 'medicines',
    list: (data: unknown) => T[],
    schema: Parameters<typeof parseYamlFile>[2],
    into: Map<string, Located<T>>,
  ): void => {
    const source = sources[key]
    if (!source) return missing(key)
    const parsed = parseYamlFile(source.file, source.text, schema, issues)
    if (!parsed) return
    list(parsed.data).forEach((entry, index) => {
      const line = parsed.yaml.lineOf([key, index, 'id'])
      const first = into.get(entry.id)
      if (first) {
        issues.add(parsed.file, line, 'id', `"${entry.id}" is already used on line ${first.line}`)
        return
      }
      into.set(entry.id, { entry, file: parsed.file, line })
    })
  }
  load('flags', (d) => (d as { flags: RedFlagEntry[] }).flags, redFlagsFile, safety.flags)
  load(
    'medicines',
    (d) => (d as { medicines: MedicineEntry[] }).medicines,
    medicinesFile,
    safety.medicines,
  )
  return safety
}
