import { describe, expect, it } from 'vitest'
import {
  appraisalYear,
  lastDay,
  monthsOf,
  previousYear,
  revalidationCycle,
} from '../../../src/shared/learning/periods'
import { summarise, unreflected } from '../../../src/shared/learning/summary'
import type { LearningRecord } from '../../../src/shared/learning/schema'

describe('appraisal years and revalidation cycles', () => {
  it('finds the appraisal year around a day, for any start', () => {
    expect(appraisalYear('2027-03-31', '04-01')).toEqual({ start: '2026-04-01', end: '2027-04-01' })
    expect(appraisalYear('2027-04-01', '04-01')).toEqual({ start: '2027-04-01', end: '2028-04-01' })
    expect(appraisalYear('2027-06-15', '01-01')).toEqual({ start: '2027-01-01', end: '2028-01-01' })
    // 29 February starts a common year on 28 February.
    expect(appraisalYear('2027-03-10', '02-29')).toEqual({ start: '2027-02-28', end: '2028-02-29' })
    expect(previousYear({ start: '2026-04-01', end: '2027-04-01' }, '04-01')).toEqual({
      start: '2025-04-01',
      end: '2026-04-01',
    })
    expect(lastDay({ start: '2026-04-01', end: '2027-04-01' })).toBe('2027-03-31')
  })

  it('counts whole cycles from the cycle start', () => {
    expect(revalidationCycle('2027-05-01', '', 3)).toBeNull()
    expect(revalidationCycle('2027-05-01', '2021-06-01', 3)).toEqual({
      start: '2024-06-01',
      end: '2027-06-01',
    })
    expect(revalidationCycle('2027-06-01', '2021-06-01', 3)).toEqual({
      start: '2027-06-01',
      end: '2030-06-01',
    })
    expect(revalidationCycle('2020-01-01', '2021-06-01', 5)).toEqual({
      start: '2021-06-01',
      end: '2026-06-01',
    })
  })

  it('lists the months of a period for the chart', () => {
    expect(monthsOf({ start: '2026-04-01', end: '2027-04-01' })).toHaveLength(12)
    expect(monthsOf({ start: '2026-11-15', end: '2027-01-10' })).toEqual([
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
    ])
  })
})

const record: LearningRecord = {
  version: 1,
  activities: [
    {
      id: 'act-read-01',
      kind: 'reading',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2026-05-02',
      at: '2026-05-02T10:00:00.000Z',
      sections: { physiology: 3600 },
    },
    {
      id: 'act-read-02',
      kind: 'reading',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2026-06-02',
      at: '2026-06-02T10:00:00.000Z',
      sections: { 'red-flags': 1800 },
    },
    {
      id: 'act-chk-01',
      kind: 'self-check',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2026-06-02',
      at: '2026-06-02T11:00:00.000Z',
      score: 3,
      total: 5,
    },
    {
      id: 'act-chk-02',
      kind: 'self-check',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2026-06-03',
      at: '2026-06-03T11:00:00.000Z',
      score: 5,
      total: 5,
    },
    {
      id: 'act-talk-1',
      kind: 'presentation',
      moduleId: null,
      source: { kind: 'session', id: 'trainees' },
      title: 'Trainee session',
      date: '2026-07-01',
      at: '2026-07-01T11:00:00.000Z',
      minutes: 60,
      audience: 'GP trainees',
    },
    {
      id: 'act-old-01',
      kind: 'reading',
      moduleId: 'back-pain-after-sex',
      title: 'Lower back pain after sex',
      date: '2026-03-20',
      at: '2026-03-20T10:00:00.000Z',
      sections: { physiology: 7200 },
    },
  ],
  reflections: [
    {
      id: 'refl-0001',
      template: 'nmc',
      title: '',
      activityIds: ['act-read-01', 'act-chk-01'],
      fields: {},
      codeThemes: ['preserve-safety'],
      claimedMinutes: 45,
      preparationMinutes: 0,
      date: '2026-06-05',
      createdAt: '2026-06-05T09:00:00.000Z',
      updatedAt: '2026-06-05T09:00:00.000Z',
    },
    {
      id: 'refl-0002',
      template: 'rcgp',
      title: '',
      activityIds: ['act-talk-1'],
      fields: {},
      codeThemes: [],
      claimedMinutes: 60,
      preparationMinutes: 120,
      date: '2026-07-02',
      createdAt: '2026-07-02T09:00:00.000Z',
      updatedAt: '2026-07-02T09:00:00.000Z',
    },
  ],
}

describe('period summary', () => {
  const year = { start: '2026-04-01', end: '2027-04-01' }
  const summary = summarise(record, year)

  it('totals tracked and claimed time in the period only', () => {
    expect(summary.trackedSeconds).toBe(3600 + 1800 + 3600)
    expect(summary.claimedSeconds).toBe(45 * 60 + 60 * 60)
    expect(summary.preparationMinutes).toBe(120)
    expect(summary.reflections).toBe(2)
    expect(summary.nmcAccounts).toBe(1)
  })

  it('by kind, by module (sessions apart) with the best self-check, and by month', () => {
    expect(summary.byKind.reading).toEqual({
      activities: 2,
      trackedSeconds: 5400,
      claimedSeconds: 2700,
    })
    expect(summary.byKind['self-check'].activities).toBe(2)
    const module = summary.byModule.find((m) => m.key === 'cramps-after-orgasm')!
    expect(module).toMatchObject({
      activities: 4,
      selfChecks: 2,
      bestScore: { score: 5, total: 5 },
    })
    expect(summary.byModule.find((m) => m.key === 'session:trainees')?.title).toBe(
      'Trainee session',
    )
    expect(summary.months.find((m) => m.month === '2026-05-01')).toEqual({
      month: '2026-05-01',
      trackedSeconds: 3600,
      claimedSeconds: 2700,
    })
    expect(summary.months.reduce((s, m) => s + m.trackedSeconds, 0)).toBe(summary.trackedSeconds)
  })

  it('lists what no reflection covers yet, newest first', () => {
    expect(unreflected(record).map((a) => a.id)).toEqual([
      'act-chk-02',
      'act-read-02',
      'act-old-01',
    ])
  })
})
