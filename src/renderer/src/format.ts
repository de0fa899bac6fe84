import { todayIso } from '@shared/dates'

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})
const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "21 Nov 2026" from "2026-11-21"; dates are calendar dates, so UTC avoids an off-by-one. */
export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`))
}

export function formatMonth(iso: string): string {
  return MONTH_FORMAT.format(new Date(`${iso}T00:00:00Z`))
}

export function isReviewOverdue(nextReview: string, today = todayIso()): boolean {
  return nextReview <= today
}
