import { describe, expect, it } from 'vitest'
import { checkReviewDates } from '@shared/content/check/check-dates'
import { IssueList } from '@shared/content/issues'

const LINES: Record<string, number> = { lastReviewed: 7, nextReview: 8 }

function check(lastReviewed: string, nextReview: string | undefined, today = '2026-06-01') {
  const issues = new IssueList()
  checkReviewDates({ lastReviewed, nextReview }, today, 'x.md', (f) => LINES[f]!, issues)
  return issues.items
}

describe('checkReviewDates', () => {
  it('accepts a last review in the past and a next review within three years', () => {
    expect(check('2026-01-10', '2027-01-10')).toEqual([])
    expect(check('2026-06-01', '2029-06-01')).toEqual([])
  })

  it('accepts an entry without a next review (reference entries)', () => {
    expect(check('2026-01-10', undefined)).toEqual([])
  })

  it('refuses a last review in the future', () => {
    expect(check('2026-06-02', '2027-01-01')).toEqual([
      {
        file: 'x.md',
        line: 7,
        field: 'lastReviewed',
        message: '2026-06-02 is in the future; use the date the text was last reviewed',
      },
    ])
  })

  it('marks a next review on or before today as overdue', () => {
    for (const nextReview of ['2026-06-01', '2026-05-31']) {
      expect(check('2026-01-10', nextReview)).toEqual([
        {
          file: 'x.md',
          line: 8,
          field: 'nextReview',
          message: `${nextReview} has passed: review the text against the evidence, then set lastReviewed and nextReview`,
          severity: 'overdue',
        },
      ])
    }
  })

  it('refuses a next review before the last review', () => {
    expect(check('2026-05-01', '2026-04-01', '2026-03-01')).toContainEqual({
      file: 'x.md',
      line: 8,
      field: 'nextReview',
      message: 'must be after lastReviewed (2026-05-01)',
    })
  })

  it('refuses a next review one day past three years', () => {
    expect(check('2026-01-10', '2029-01-11')).toEqual([
      {
        file: 'x.md',
        line: 8,
        field: 'nextReview',
        message: 'is more than 3 years after lastReviewed; set it to 2029-01-10 or earlier',
      },
    ])
  })

  it('counts three years from 29 February as 28 February', () => {
    expect(check('2024-02-29', '2027-02-28', '2024-03-01')).toEqual([])
    expect(check('2024-02-29', '2027-03-01', '2024-03-01')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('set it to 2027-02-28 or earlier'),
      }),
    ])
  })

  it('keeps 29 February when three years later is a leap year', () => {
    expect(check('2025-02-28', '2028-02-28', '2025-03-01')).toEqual([])
    expect(check('2025-02-28', '2028-02-29', '2025-03-01')).toHaveLength(1)
  })

  it('reports every date problem together', () => {
    expect(check('2026-07-01', '2026-05-01').map((i) => i.message)).toEqual([
      expect.stringContaining('is in the future'),
      expect.stringContaining('has passed'),
      expect.stringContaining('must be after lastReviewed'),
    ])
  })
})
