import type { IssueList } from '../issues'
import type { ParsedMarkdownSource } from '../parse/parse-source'

const MAX_YEARS = 3

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  // 29 February plus whole years lands on 28 February when the target year is not a leap year.
  const target = new Date(Date.UTC(y + years, m - 1, d))
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0)
  return target.toISOString().slice(0, 10)
}

/**
 * Review dates: last reviewed not in the future, next review after today and at most three
 * years after the last review, so no clinical text silently goes stale.
 */
export function checkReviewDates(
  dates: { lastReviewed: string; nextReview?: string },
  today: string,
  file: string,
  lineOf: (field: string) => number,
  issues: IssueList,
): void {
  const { lastReviewed, nextReview } = dates
  if (lastReviewed > today) {
    issues.add(
      file,
      lineOf('lastReviewed'),
      'lastReviewed',
      `${lastReviewed} is in the future; use the date the text was last reviewed`,
    )
  }
  if (nextReview === undefined) return
  if (nextReview <= today) {
    issues.add(
      file,
      lineOf('nextReview'),
      'nextReview',
      `${nextReview} has passed: review the text against the evidence, then set lastReviewed and nextReview`,
      'overdue',
    )
  }
  if (nextReview <= lastReviewed) {
    issues.add(
      file,
      lineOf('nextReview'),
      'nextReview',
      `must be after lastReviewed (${lastReviewed})`,
    )
  }
  const latest = addYears(lastReviewed, MAX_YEARS)
  if (nextReview > latest) {
    issues.add(
      file,
      lineOf('nextReview'),
      'nextReview',
      `is more than ${MAX_YEARS} years after lastReviewed; set it to ${latest} or earlier`,
    )
  }
}

/** The review-date check for a parsed file; skipped when its front matter was already wrong. */
export function checkSourceReviewDates(
  source: ParsedMarkdownSource<{ lastReviewed: string; nextReview?: string }>,
  today: string,
  issues: IssueList,
): void {
  if (source.valid)
    checkReviewDates(source.meta, today, source.file, (f) => source.yaml.lineOf([f]), issues)
}
