import type { z } from 'zod'
import type { IssueList } from '../issues'
import { splitFrontMatter, type FrontMatterSplit } from './front-matter'
import { parseYamlSource, type YamlSource } from './yaml-source'
import { parseWithSchema, salvageFields } from './zod-issues'

export interface ParsedMarkdownSource<T> {
  file: string
  meta: T
  split: FrontMatterSplit
  yaml: YamlSource
  /** False when the front matter had errors and `meta` was salvaged field by field. */
  valid: boolean
}

/**
 * Front matter parsed and validated. When a field is wrong, the issue is reported and `meta`
 * is salvaged (valid fields kept, `defaults` for the rest) so the body is still checked.
 * `null` only when the file has no usable front matter at all.
 */
export function parseMarkdownSource<T extends object>(
  file: string,
  text: string,
  schema: z.ZodObject,
  issues: IssueList,
  defaults: T,
): ParsedMarkdownSource<T> | null {
  const split = splitFrontMatter(text, file, issues)
  if (!split) return null
  const yaml = parseYamlSource(split.yaml, file, 2, issues)
  if (yaml.data === null) return null
  const meta = parseWithSchema(schema as unknown as z.ZodType<T>, yaml, file, issues)
  if (meta) return { file, meta, split, yaml, valid: true }
  const salvaged = salvageFields(schema.shape as Record<string, z.ZodType>, yaml.data, defaults)
  return { file, meta: salvaged, split, yaml, valid: false }
}

export interface ParsedYamlSource<T> {
  file: string
  data: T
  yaml: YamlSource
}

export function parseYamlFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  issues: IssueList,
): ParsedYamlSource<T> | null {
  const yaml = parseYamlSource(text, file, 1, issues)
  if (yaml.data === null) return null
  const data = parseWithSchema(schema, yaml, file, issues)
  return data ? { file, data, yaml } : null
}
