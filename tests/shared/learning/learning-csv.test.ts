import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import {
  ACTIVITY_COLUMNS,
  activitiesCsv,
  csvCell,
  TEACHING_COLUMNS,
  teachingLogCsv,
  toCsv,
} from '../../../src/shared/learning/csv'
import type { LearningRecord } from '../../../src/shared/learning/schema'

const record: LearningRecord = {
  version: 1,
  activities: [
    {
      id: 'act-reading-1',
      kind: 'reading',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2027-03-02',
      at: '2027-03-02T10:00:00.000Z',
      sections: { physiology: 1800, 'red-flags': 900 },
    },
    {
      id: 'act-check-1',
      kind: 'self-check',
      moduleId: 'cramps-after-orgasm',
      title: 'Cramps after orgasm',
      date: '2027-03-02',
      at: '2027-03-02T10:40:00.000Z',
      score: 4,
      total: 5,
    },
    {
      id: 'act-talk-1',
      kind: 'presentation',
      moduleId: null,
      source: { kind: 'session', id: 'registrar-teaching' },
      title: 'Pain after sex: a session for GP registrars, “part 1”',
      date: '2027-02-10',
      at: '2027-02-10T15:00:00.000Z',
      minutes: 50,
      audience: '=HYPERLINK("http://example.org"), nurses, "new" starters\nand students',
    },
  ],
  reflections: [
    {
      id: 'refl-0001',
      template: 'rcgp',
      title: 'Red flags, then reassurance',
      activityIds: ['act-reading-1', 'act-check-1'],
      fields: { learned: 'x', apply: 'y' },
      codeThemes: [],
      claimedMinutes: 30,
      preparationMinutes: 0,
      date: '2027-03-03',
      createdAt: '2027-03-03T09:00:00.000Z',
      updatedAt: '2027-03-03T09:00:00.000Z',
    },
    {
      id: 'refl-0002',
      template: 'nmc',
      title: '',
      activityIds: ['act-talk-1'],
      fields: { activity: 'a', learned: 'b', changed: 'c', code: 'd' },
      codeThemes: ['preserve-safety'],
      claimedMinutes: 50,
      preparationMinutes: 90,
      date: '2027-02-11',
      createdAt: '2027-02-11T09:00:00.000Z',
      updatedAt: '2027-02-11T09:00:00.000Z',
    },
  ],
}

const read = (text: string) =>
  parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[]

describe('CSV exports', () => {
  it('activities: UTF-8 with a byte-order mark, a header row, CRLF, one row per activity, oldest first', () => {
    const text = activitiesCsv(record)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${ACTIVITY_COLUMNS.join(',')}`)
    const rows = read(text)
    expect(rows.map((r) => r['Activity id'])).toEqual([
      'act-talk-1',
      'act-reading-1',
      'act-check-1',
    ])
    const readingRow = rows[1]!
    expect(readingRow).toMatchObject({
      Date: '2027-03-02',
      Activity: 'Reading',
      Title: 'Cramps after orgasm',
      Module: 'cramps-after-orgasm',
      'Minutes tracked': '45',
      'Hours tracked': '0.75',
      'Hours claimed': '0.50',
      Reflected: 'yes',
      Reflections: 'Red flags, then reassurance',
      'Sections reached': '2',
    })
    expect(rows[2]!['Self-check score']).toBe('4/5')
    for (const row of rows) expect(row['Date']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('keeps commas, quotes, new lines and curly quotes intact, and never lets text become a formula', () => {
    const talk = read(activitiesCsv(record))[0]!
    expect(talk['Title']).toBe('Pain after sex: a session for GP registrars, “part 1”')
    expect(talk['Audience']).toBe(
      `'=HYPERLINK("http://example.org"), nurses, "new" starters\nand students`,
    )
    expect(talk['Reflections']).toBe(
      'Reflection on Pain after sex: a session for GP registrars, “part 1” (11 February 2027)',
    )
  })

  it('limits rows to a period', () => {
    const rows = read(activitiesCsv(record, { start: '2027-03-01', end: '2027-04-01' }))
    expect(rows.map((r) => r['Activity id'])).toEqual(['act-reading-1', 'act-check-1'])
  })

  it('teaching log: presentations with their preparation, shown apart', () => {
    const rows = read(teachingLogCsv(record))
    expect(Object.keys(rows[0]!)).toEqual([...TEACHING_COLUMNS])
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      Date: '2027-02-10',
      Presented: 'Teaching session',
      Minutes: '50',
      Hours: '0.83',
      'Preparation hours': '1.50',
      Reflected: 'yes',
    })
  })

  it('any text round-trips through a real CSV parser (formula characters get one apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), {
          maxLength: 8,
        }),
        (rows) => {
          const parsed = parse(toCsv(['a', 'b'], rows), {
            bom: true,
            relax_column_count: false,
          }) as string[][]
          const expected = rows.map((row) =>
            row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)),
          )
          expect(parsed.slice(1)).toEqual(expected)
        },
      ),
    )
  })

  it('quotes a cell only when it must', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell(' padded')).toBe('" padded"')
    expect(csvCell(12)).toBe('12')
    expect(csvCell('-2')).toBe("'-2")
  })
})
