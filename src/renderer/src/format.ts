import { shortDate, shortMonthYear, todayIso } from '@shared/dates'

/** "21 Nov 2026" from "2026-11-21". */
export const formatDate = shortDate

/** "Nov 2026". */
export const formatMonth = shortMonthYear

export function isReviewOverdue(nextReview: string, today = todayIso()): boolean {
  return nextReview <= today
}
