/**
 * Calendar dates as content stores them (YYYY-MM-DD). They are formatted in UTC, because a
 * review date is a day, not an instant: local time zones would shift it by one.
 */

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`)

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "21 November 2026": the handout's review line (PDF and preview alike). */
export function longDate(iso: string): string {
  return LONG_DATE.format(day(iso))
}

/** "November 2027". */
export function monthYear(iso: string): string {
  return MONTH_YEAR.format(day(iso))
}

/** Today's calendar date in the local time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000
  return new Date(now.getTime() - offset).toISOString().slice(0, 10)
}
