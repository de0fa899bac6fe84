import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { buildExport, EXPORT_FORMAT, readExport } from '../../../src/shared/learning/export-format'
import { mergeRecords } from '../../../src/shared/learning/merge'
import { migrateRecord, type Migration } from '../../../src/shared/learning/migrations'
import type { LearningRecord } from '../../../src/shared/learning/schema'
import { DEFAULT_LEARNING_SETTINGS } from '../../../src/shared/learning/settings'

const base: LearningRecord = {
  version: 1,
  activities: [
    {
      id: 'act-0000001',
      kind: 'reading',
      moduleId: 'cramps-after-sex',
      title: 'Cramps and pain after sex',
      date: '2027-01-05',
      at: '2027-01-05T10:00:00.000Z',
      sections: { physiology: 600 },
    },
  ],
  reflections: [
    {
      id: 'ref-0000001',
      template: 'free',
      title: 'First',
      activityIds: ['act-0000001'],
      fields: { reflection: 'Asked about timing.' },
      codeThemes: [],
      claimedMinutes: 10,
      preparationMinutes: 0,
      date: '2027-01-06',
      createdAt: '2027-01-06T09:00:00.000Z',
      updatedAt: '2027-01-06T09:00:00.000Z',
    },
  ],
}
const exported = (record: LearningRecord) =>
  JSON.stringify(
    buildExport(
      record,
      [],
      DEFAULT_LEARNING_SETTINGS,
      { name: 'Postcoital Atlas', version: '0.1.0' },
      '2027-02-01T00:00:00.000Z',
    ),
  )

describe('import merge', () => {
  it('importing the same export twice adds nothing', () => {
    const read = readExport(exported(base))
    if (!read.ok) throw new Error('export not readable')
    const once = mergeRecords(base, read.record)
    expect(once.record).toEqual(base)
    expect(once.report).toMatchObject({
      activitiesAdded: 0,
      reflectionsAdded: 0,
      duplicates: 2,
      skipped: [],
    })
    const twice = mergeRecords(once.record, read.record)
    expect(twice.record).toEqual(base)
  })

  it('adds what is new, keeps the longer reading per section and the newer edit of a reflection', () => {
    const other: LearningRecord = structuredClone(base)
    other.activities[0] = {
      ...base.activities[0]!,
      sections: { physiology: 300, 'red-flags': 400 },
    } as never
    other.activities.push({
      id: 'act-0000002',
      kind: 'handout',
      moduleId: 'cramps-after-sex',
      title: 'Cramps and pain after sex',
      date: '2027-01-07',
      at: '2027-01-07T10:00:00.000Z',
    })
    other.reflections[0] = {
      ...base.reflections[0]!,
      title: 'First, edited',
      updatedAt: '2027-01-08T09:00:00.000Z',
    }
    const { record, report } = mergeRecords(base, other)
    expect(record.activities).toHaveLength(2)
    expect(record.activities[0]).toMatchObject({ sections: { physiology: 600, 'red-flags': 400 } })
    expect(record.reflections[0]!.title).toBe('First, edited')
    expect(report).toMatchObject({
      activitiesAdded: 1,
      activitiesUpdated: 1,
      reflectionsUpdated: 1,
    })
  })

  it('leaves out a reflection that would claim more than the time recorded, and says why', () => {
    const other: LearningRecord = structuredClone(base)
    other.reflections.push({ ...base.reflections[0]!, id: 'ref-0000002', claimedMinutes: 5 })
    const { record, report } = mergeRecords(base, other)
    expect(record.reflections.map((r) => r.id)).toEqual(['ref-0000001'])
    expect(report.skipped).toEqual([
      {
        id: 'ref-0000002',
        reason: 'its claimed time is more than the time recorded and not yet claimed',
      },
    ])
  })

  it('refuses a malformed or foreign file with a typed problem, merging nothing', () => {
    expect(readExport('{"format": "something-else"}')).toMatchObject({
      ok: false,
      problem: { code: 'not-a-record' },
    })
    expect(readExport('not json')).toMatchObject({ ok: false, problem: { code: 'not-json' } })
    const broken = JSON.parse(exported(base))
    broken.record.activities[0].date = '2027-02-30'
    const read = readExport(JSON.stringify(broken))
    expect(read).toMatchObject({ ok: false, problem: { code: 'invalid' } })
    expect(!read.ok && 'detail' in read.problem && read.problem.detail).toMatch(
      /activities\.0\.date/,
    )
    const newer = JSON.parse(exported(base))
    newer.record.version = 2
    expect(readExport(JSON.stringify(newer))).toMatchObject({
      ok: false,
      problem: { code: 'newer-version', version: 2 },
    })
    expect(JSON.parse(exported(base)).format).toBe(EXPORT_FORMAT)
  })
})

describe('record migrations', () => {
  // A stand-in chain from version 1 to 3: each step builds on the one before.
  const chain: Record<number, Migration> = {
    1: (v) => ({ ...v, entries: v['items'], items: undefined }),
    2: (v) => ({ version: 3, count: (v['entries'] as unknown[]).length }),
  }
  const v3 = z.strictObject({ version: z.literal(3), count: z.number() })
  const path = { migrations: chain, current: 3, schema: v3 }

  it('runs each step in order up to the current version, then validates the result', () => {
    expect(migrateRecord({ version: 1, items: ['a', 'b'] }, path)).toEqual({
      ok: true,
      record: { version: 3, count: 2 },
      migratedFrom: 1,
    })
    expect(migrateRecord({ version: 3, count: 5 }, path)).toEqual({
      ok: true,
      record: { version: 3, count: 5 },
      migratedFrom: null,
    })
    expect(migrateRecord({ version: 2, items: ['a'] }, path)).toMatchObject({
      ok: false,
      problem: { code: 'invalid' },
    })
  })

  it('refuses a version it has no step for, a newer version, and a value that is not a record', () => {
    expect(migrateRecord({ version: 1 }, { ...path, migrations: { 2: chain[2]! } })).toMatchObject({
      ok: false,
      problem: { code: 'no-migration', version: 1 },
    })
    expect(migrateRecord({ ...base, version: 7 })).toMatchObject({
      ok: false,
      problem: { code: 'newer-version', version: 7 },
    })
    expect(migrateRecord([])).toMatchObject({ ok: false, problem: { code: 'not-a-record' } })
    expect(migrateRecord({ activities: [] })).toMatchObject({
      ok: false,
      problem: { code: 'not-a-record' },
    })
    expect(migrateRecord(base)).toMatchObject({ ok: true, migratedFrom: null })
  })
})
