/** One problem in a content file, located precisely enough for an author to fix it. */
export interface ContentIssue {
  /** Path of the file, relative to the project root (e.g. `resources/content/topics/x.md`). */
  file: string
  /** 1-based line number. */
  line: number
  /** The front-matter field or content construct at fault (`lastReviewed`, `citation`, …). */
  field: string
  message: string
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`
}

/** Collects every issue rather than stopping at the first, so one run lists them all. */
export class IssueList {
  readonly items: ContentIssue[] = []

  add(file: string, line: number, field: string, message: string): void {
    this.items.push({ file, line: Math.max(1, line), field, message })
  }

  get size(): number {
    return this.items.length
  }
}
