import { describe, expect, it } from 'vitest'
import { pematScore } from '@shared/content/check/check-pemat'
import { PEMAT_P_ITEMS, type PematFile } from '@shared/content/parse/schemas/pemat'

type Score = PematFile['items'][number]['score']
const ALL = Object.keys(PEMAT_P_ITEMS).map(Number)

/** A PEMAT file scoring every item 1 except the given overrides. */
function scored(overrides: Record<number, Score> = {}): PematFile {
  return {
    topic: 'x',
    scored: '2026-01-10',
    items: ALL.map((item) => ({ item, score: overrides[item] ?? 1, note: 'n' })),
  }
}

describe('pematScore', () => {
  it('scores 100% when every item is met', () => {
    expect(pematScore(scored())).toEqual({ understandability: 100, actionability: 100 })
  })

  it('divides items 1–19 into understandability and 20–26 into actionability', () => {
    // 17 understandability items: 16/17 = 94.1%; 7 actionability items: 6/7 = 85.7%.
    expect(pematScore(scored({ 3: 0, 22: 0 }))).toEqual({
      understandability: 94,
      actionability: 86,
    })
  })

  it('leaves N/A items out of the denominator', () => {
    // Actionability: items 24 and 25 N/A, 26 scored 0 → 4 of 5 = 80%.
    expect(pematScore(scored({ 24: 'na', 25: 'na', 26: 0 }))).toEqual({
      understandability: 100,
      actionability: 80,
    })
  })

  it('rounds to the nearest whole percent', () => {
    // Understandability: 2 of 17 missed → 15/17 = 88.2%; 3 missed → 14/17 = 82.4%.
    expect(pematScore(scored({ 1: 0, 2: 0 })).understandability).toBe(88)
    expect(pematScore(scored({ 1: 0, 2: 0, 3: 0 })).understandability).toBe(82)
  })

  it('scores 0 when no item applies', () => {
    expect(pematScore({ topic: 'x', scored: '2026-01-10', items: [] })).toEqual({
      understandability: 0,
      actionability: 0,
    })
  })
})
