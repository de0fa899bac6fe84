/** One problem in a content file, located precisely enough for an author to fix it. */
export interface ContentIssue {
  /** Path of the file, relative to the project root (e.g. `resources/content/topics/x.md`). */
  file: string
  /** 1-based line number. */
  line: number
  /** The front-matter field or content construct at fault (`lastReviewed`, `citation`, …). */
  field: string
  message: string
  /**
   * `overdue` marks a review date that has passed: CI fails on it, but a user's build only
   * warns, so the app still starts and shows the module as due for review.
   */
  severity?: 'overdue'
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`
}

/** Collects every issue rather than stopping at the first, so one run lists them all. */
export class IssueList {
  readonly items: ContentIssue[] = []

  add(file: string, line: number, field: string, message: string, severity?: 'overdue'): void {
    const issue: ContentIssue = { file, line: Math.max(1, line), field, message }
    if (severity) issue.severity = severity
    this.items.push(issue)
  }

  get size(): number {
    return this.items.length
  }
}
