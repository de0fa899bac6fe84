import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { longDate, monthYear, shortDate, shortMonthYear } from '@shared/dates'

const intl = (options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
  return (iso: string) => format.format(new Date(`${iso}T00:00:00Z`))
}

describe('calendar dates written out by hand', () => {
  // The app writes dates without Intl (its set-up slows the first paint); British English as
  // Intl writes it is the reference.
  it('read as Intl.DateTimeFormat en-GB writes them, for any day', () => {
    const formats = [
      [longDate, intl({ day: 'numeric', month: 'long', year: 'numeric' })],
      [monthYear, intl({ month: 'long', year: 'numeric' })],
      [shortDate, intl({ day: 'numeric', month: 'short', year: 'numeric' })],
      [shortMonthYear, intl({ month: 'short', year: 'numeric' })],
    ] as const
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10)
          for (const [ours, reference] of formats) expect(ours(iso)).toBe(reference(iso))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('shows what is not a calendar date as it was given, rather than a wrong day', () => {
    for (const text of ['2026-02-30', '2026-13-01', '2026-00-10', '21/11/2026', '', '2026-1-5'])
      expect(longDate(text)).toBe(text)
    expect(shortDate('2028-02-29')).toBe('29 Feb 2028')
  })
})
