import type { IssueList } from '../issues'

/** A Markdown file split into its YAML front matter and its body. */
export interface FrontMatterSplit {
  yaml: string
  body: string
  /** 1-based file line on which the body starts, to turn body lines into file lines. */
  bodyFirstLine: number
}

const FENCE = /^---[ \t]*$/

/** Lines joined by "\n" whatever ended them, as splitting at /\r?\n/ and joining would. */
const joinedLines = (text: string): string =>
  text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text

/**
 * Splits `---\nyaml\n---\nbody`; reports and returns `null` when the fences are missing. Lines
 * end at "\n" or "\r\n"; the YAML and the body come back with "\n" line ends. Only the front
 * matter is walked line by line: the body (most of a 500-topic library's 45 MB) is one slice.
 */
export function splitFrontMatter(
  text: string,
  file: string,
  issues: IssueList,
): FrontMatterSplit | null {
  const source = text.replace(/^\uFEFF/, '')
  /** The line starting at `start`, without its end, and where the next line starts (-1: none). */
  const lineAt = (start: number): { line: string; next: number } => {
    const newline = source.indexOf('\n', start)
    if (newline === -1) return { line: source.slice(start), next: -1 }
    const end = source.charCodeAt(newline - 1) === 13 ? newline - 1 : newline
    return { line: source.slice(start, end), next: newline + 1 }
  }
  const first = lineAt(0)
  if (!FENCE.test(first.line)) {
    issues.add(
      file,
      1,
      'front matter',
      'the file must start with a "---" line, then YAML fields, then "---"',
    )
    return null
  }
  let index = 1
  let start = first.next
  while (start !== -1) {
    const { line, next } = lineAt(start)
    if (FENCE.test(line)) {
      // The YAML's last line ends before the "\n" or "\r\n" ending it (just before this line).
      let yamlEnd = Math.max(first.next, start - 1)
      if (source.charCodeAt(yamlEnd - 1) === 13) yamlEnd--
      return {
        yaml: joinedLines(source.slice(first.next, yamlEnd)),
        body: next === -1 ? '' : joinedLines(source.slice(next)),
        bodyFirstLine: index + 2,
      }
    }
    index++
    start = next
  }
  issues.add(
    file,
    1,
    'front matter',
    'the front matter is not closed: add a "---" line after the fields',
  )
  return null
}
