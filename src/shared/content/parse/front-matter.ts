import type { IssueList } from '../issues'

/** A Markdown file split into its YAML front matter and its body. */
export interface FrontMatterSplit {
  yaml: string
  body: string
  /** 1-based file line on which the body starts, to turn body lines into file lines. */
  bodyFirstLine: number
}

const FENCE = /^---[ \t]*$/

/** Splits `---\nyaml\n---\nbody`; reports and returns `null` when the fences are missing. */
export function splitFrontMatter(
  text: string,
  file: string,
  issues: IssueList,
): FrontMatterSplit | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) {
    issues.add(
      file,
      1,
      'front matter',
      'the file must start with a "---" line, then YAML fields, then "---"',
    )
    return null
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line))
  if (end === -1) {
    issues.add(
      file,
      1,
      'front matter',
      'the front matter is not closed: add a "---" line after the fields',
    )
    return null
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    bodyFirstLine: end + 2,
  }
}
