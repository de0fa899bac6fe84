/**
 * Appraisal years and revalidation cycles as calendar days (YYYY-MM-DD). A period is
 * [start, end): `end` is the first day of the next one, so ISO strings compare correctly.
 */

export interface Period {
  start: string
  /** First day after the period. */
  end: string
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** The day `month`-`day` in `year`; 29 February becomes 28 February in a common year. */
function dayIn(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`
}

/** The appraisal year containing `today`, for a year that starts on `yearStart` (MM-DD). */
export function appraisalYear(today: string, yearStart: string): Period {
  const year = Number(today.slice(0, 4))
  const [month, day] = yearStart.split('-').map(Number) as [number, number]
  const thisYears = dayIn(year, month, day)
  const startYear = today >= thisYears ? year : year - 1
  return { start: dayIn(startYear, month, day), end: dayIn(startYear + 1, month, day) }
}

/** The appraisal year before `period`. */
export function previousYear(period: Period, yearStart: string): Period {
  const year = Number(period.start.slice(0, 4)) - 1
  const [month, day] = yearStart.split('-').map(Number) as [number, number]
  return { start: dayIn(year, month, day), end: period.start }
}

/**
 * The revalidation cycle containing `today`, counted in whole cycles of `years` from
 * `cycleStart`; the first cycle when `today` is before it; null when no start is set.
 */
export function revalidationCycle(today: string, cycleStart: string, years: number): Period | null {
  if (!cycleStart) return null
  const year = Number(cycleStart.slice(0, 4))
  const month = Number(cycleStart.slice(5, 7))
  const day = Number(cycleStart.slice(8, 10))
  let start = year
  if (today >= cycleStart) {
    const elapsed = Number(today.slice(0, 4)) - year
    start = year + Math.floor(elapsed / years) * years
    if (dayIn(start, month, day) > today) start -= years
  }
  return { start: dayIn(start, month, day), end: dayIn(start + years, month, day) }
}

/** Whether `date` falls in `period`. */
export function within(date: string, period: Period): boolean {
  return date >= period.start && date < period.end
}

/** The first day of each month the period touches, in order (for the chart). */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  let year = Number(period.start.slice(0, 4))
  let month = Number(period.start.slice(5, 7))
  for (let guard = 0; guard < 240; guard++) {
    const first = `${year}-${pad(month)}-01`
    if (first >= period.end) break
    months.push(first)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/** The last day of a period, for printing "1 April 2026 to 31 March 2027". */
export function lastDay(period: Period): string {
  const date = new Date(`${period.end}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}
