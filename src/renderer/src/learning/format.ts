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

// Made once: building an Intl.DateTimeFormat costs far more than formatting with one, and the
// month chart names every month twice (bar label and table row) on each render.
const MONTH_LABELS = {
  short: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }),
  long: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
}

/** "Apr" (short) or "April 2026" (long) for the month starting `iso`. */
export function monthLabel(iso: string, style: 'short' | 'long'): string {
  return MONTH_LABELS[style].format(new Date(`${iso}T00:00:00Z`))
}
