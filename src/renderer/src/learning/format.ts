import { longDate } from '@shared/dates'
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

/** "3 Mar": a short day for lists. */
export function shortDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`))
}
