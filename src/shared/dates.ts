/**
 * Calendar dates as content stores them (YYYY-MM-DD), written out in British English. They
 * are days, not instants, so they are read as written rather than through a time zone (which
 * would shift them by one). Written by hand rather than with Intl.DateTimeFormat: the app only
 * ever speaks en-GB, and the first DateTimeFormat a page makes costs 30–60 ms of ICU set-up,
 * paid before the library's first paint (tests/shared/dates.test.ts holds these to Intl's output).
 */

/** The months' names in British English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** en-GB's short months: four letters for September, as CLDR has it. */
const SHORT_MONTHS = MONTHS.map((name) => (name === 'September' ? 'Sept' : name.slice(0, 3)))

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Year, month (1–12) and day of a calendar date, or null when it is not one. */
function partsOf(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? { year, month, day } : null
}

/** Writes a calendar date with `render`; anything else is shown as it was given. */
const written =
  (render: (parts: { year: number; month: number; day: number }) => string) =>
  (iso: string): string => {
    const parts = partsOf(iso)
    return parts ? render(parts) : iso
  }

/** "21 November 2026": the handout's review line (PDF and preview alike). */
export const longDate = written(({ year, month, day }) => `${day} ${MONTHS[month - 1]} ${year}`)

/** "November 2027". */
export const monthYear = written(({ year, month }) => `${MONTHS[month - 1]} ${year}`)

/** "21 Nov 2026": a date in a list or on a card. */
export const shortDate = written(
  ({ year, month, day }) => `${day} ${SHORT_MONTHS[month - 1]} ${year}`,
)

/** "Nov 2026". */
export const shortMonthYear = written(({ year, month }) => `${SHORT_MONTHS[month - 1]} ${year}`)

/** Today's calendar date in the local time zone, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000
  return new Date(now.getTime() - offset).toISOString().slice(0, 10)
}
