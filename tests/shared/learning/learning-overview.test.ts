import { describe, expect, it } from 'vitest'
import { digestRecord, overviewOf } from '../../../src/shared/learning/overview'
import type { Activity, LearningRecord } from '../../../src/shared/learning/schema'

const reading = (n: number, date: string, seconds: number): Activity => ({
  id: `act-read-${String(n).padStart(2, '0')}`,
  kind: 'reading',
  moduleId: 'cramps-after-orgasm',
  title: 'Cramps after orgasm',
  date,
  at: `${date}T10:00:00.000Z`,
  sections: { physiology: seconds },
})

const record: LearningRecord = {
  version: 1,
  activities: [
    reading(1, '2026-03-30', 600),
    reading(2, '2026-05-02', 3600),
    reading(3, '2026-06-02', 1800),
    reading(4, '2026-07-10', 900),
    reading(5, '2027-01-15', 1200),
  ],
  reflections: [
    {
      id: 'ref-untitled-01',
      template: 'free',
      title: '',
      activityIds: ['act-read-02'],
      fields: { reflection: 'Asked about red flags first.' },
      codeThemes: [],
      claimedMinutes: 30,
      preparationMinutes: 0,
      date: '2026-06-03',
      createdAt: '2026-06-03T09:00:00.000Z',
      updatedAt: '2026-06-03T09:00:00.000Z',
    },
  ],
}
const year = { start: '2026-04-01', end: '2027-04-01' }

describe('the learning page’s overview of a period', () => {
  it('lists the newest unreflected activities of the period up to the limit, and counts them all', () => {
    const overview = overviewOf(record, { period: year, unreflectedLimit: 2 })
    // act-read-01 is before the year; act-read-02 has a reflection.
    expect(overview.unreflected.total).toBe(3)
    expect(overview.unreflected.activities.map((a) => a.id)).toEqual(['act-read-05', 'act-read-04'])
    expect(overviewOf(record, { period: year, unreflectedLimit: 0 }).unreflected).toEqual({
      total: 3,
      activities: [],
    })
  })

  it('totals the period with its claims, and names an untitled reflection after its activities', () => {
    const overview = overviewOf(record, { period: year, unreflectedLimit: 25 })
    expect(overview.summary).toMatchObject({
      period: year,
      trackedSeconds: 3600 + 1800 + 900 + 1200,
      claimedSeconds: 1800,
      reflections: 1,
    })
    // Listed without its answers, titled after its activity.
    expect(overview.reflections).toEqual([
      {
        id: 'ref-untitled-01',
        template: 'free',
        date: '2026-06-03',
        claimedMinutes: 30,
        preparationMinutes: 0,
        title: 'Reflection on Cramps after orgasm (3 June 2026)',
      },
    ])
  })

  it('gives the same answer from a digest kept for the record as from a fresh one', () => {
    const digest = digestRecord(record)
    for (const period of [year, { start: '2026-01-01', end: '2026-05-01' }])
      expect(overviewOf(record, { period, unreflectedLimit: 3 }, digest)).toEqual(
        overviewOf(record, { period, unreflectedLimit: 3 }),
      )
  })
})
