import type { z } from 'zod'
import type { IssueList } from '../issues'
import type { YamlSource } from './yaml-source'

/** Plain-words version of zod's messages, saying what to write instead. */
function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? `is required (expected ${issue.expected})`
        : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a real date written YYYY-MM-DD'
      if (issue.format === 'regex') return `has the wrong form: ${issue.message}`
      return issue.message
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`
    case 'unrecognized_keys':
      return `is not a known field (check the spelling)`
    default:
      return issue.message
  }
}

/** Validates `source.data` against `schema`; reports every issue with its line and field. */
export function parseWithSchema<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
  file: string,
  issues: IssueList,
): T | null {
  const result = schema.safeParse(source.data ?? {})
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    const path = [...issue.path]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const keyPath = [...path, key]
        issues.add(file, source.lineOf(keyPath), keyPath.join('.'), explain(issue))
      }
      continue
    }
    issues.add(file, source.lineOf(path), path.join('.') || '(file)', explain(issue))
  }
  return null
}

/**
 * Keeps each field of `raw` that is valid on its own and takes `defaults` for the rest, so a
 * file with a bad field still has its body checked (all errors at once, not in rounds).
 */
export function salvageFields<T extends object>(
  shape: Record<string, z.ZodType>,
  raw: unknown,
  defaults: T,
): T {
  const result = { ...defaults } as Record<string, unknown>
  const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = schema.safeParse(record[key])
    if (parsed.success && parsed.data !== undefined) result[key] = parsed.data
  }
  return result as T
}
