import { longDate } from '@shared/dates'
import { formatDate } from '../format'
import { hoursText } from '@shared/learning/claims'
import { lastDay, type Period } from '@shared/learning/periods'

/** "2.25 h": decimal hours, as portfolios count them. */
export function hoursLabel(seconds: number): string {
  return `${hoursText(seconds)} h`
}

/** "1 April 2026 to 31 March 2027". */
export function periodLabel(period: Period): string {
  return `${longDate(period.start)} to ${longDate(lastDay(period))}`
}

/**
 * "3 Mar 2027": a short day for lists. The app's one date formatter, made once (lists of a
 * long record call it thousands of times).
 */
export const shortDate = formatDate
