import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isIsoDate } from '../../../src/shared/learning/settings'

/** The definition: a YYYY-MM-DD string that Date reads back as the same day. */
function byDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

const digits = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''))

describe('isIsoDate', () => {
  it('accepts real days, leap days included, and refuses others', () => {
    expect(isIsoDate('2026-12-06')).toBe(true)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2000-02-29')).toBe(true)
    expect(isIsoDate('1900-02-29')).toBe(false)
    expect(isIsoDate('2026-02-29')).toBe(false)
    expect(isIsoDate('2026-04-31')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('2026-00-10')).toBe(false)
    expect(isIsoDate('2026-01-00')).toBe(false)
    expect(isIsoDate('2026-1-01')).toBe(false)
    expect(isIsoDate(' 2026-01-01')).toBe(false)
  })

  it('agrees with Date for any digits in the shape, and any string', () => {
    const shaped = fc
      .tuple(digits(4), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string()), (value) => {
        expect(isIsoDate(value)).toBe(byDate(value))
      }),
      { numRuns: 5000 },
    )
  })
})
