import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { AtlasApi } from '@shared/ipc/api'
import { ok, type IpcResult } from '@shared/ipc/result'
import type { LearningOverview, LearningSnapshot, OverviewRequest } from '@shared/learning/ipc'
import { EMPTY_RECORD } from '@shared/learning/schema'
import { summarise } from '@shared/learning/summary'
import { useLearningStore } from '@renderer/learning/learning-store'

/*
 * The learning page's figures come from main one period at a time; the whole record only when
 * a view needs it. These check the store's side: only the latest question's answer is shown,
 * and the whole record is fetched again once the page has seen newer figures than the copy.
 */

const STATUS = {
  drafts: [],
  storage: { encryption: 'os' as const, folder: '/tmp/learning' },
  notice: null,
  writable: true,
}
const overviewFor = (request: OverviewRequest): LearningOverview => ({
  summary: summarise(EMPTY_RECORD, request.period),
  unreflected: { total: 0, activities: [] },
  reflections: [],
  ...STATUS,
})
const year = { start: '2026-04-01', end: '2027-04-01' }
const lastYear = { start: '2025-04-01', end: '2026-04-01' }

afterEach(() => {
  delete window.api
})

function withApi(api: Partial<AtlasApi>) {
  window.api = api as AtlasApi
  setActivePinia(createPinia())
  return useLearningStore()
}

describe('the learning store’s figures from main', () => {
  it('keeps the answer to the latest question, whatever order the answers come in', async () => {
    const pending: ((result: IpcResult<LearningOverview>) => void)[] = []
    const asked: OverviewRequest[] = []
    const store = withApi({
      getLearningOverview: vi.fn((request: OverviewRequest) => {
        asked.push(request)
        return new Promise<IpcResult<LearningOverview>>((answer) => pending.push(answer))
      }),
    })
    const first = store.loadOverview({ period: year, unreflectedLimit: 25 })
    const second = store.loadOverview({ period: lastYear, unreflectedLimit: 25 })
    // Last year's answer comes first, then this year's (asked earlier, now out of date).
    pending[1]!(ok(overviewFor(asked[1]!)))
    await second
    pending[0]!(ok(overviewFor(asked[0]!)))
    await first
    expect(store.overview?.summary.period).toEqual(lastYear)
    expect(store.overviewError).toBeNull()
  })

  it('says why when main cannot answer, and fetches the whole record again after newer figures', async () => {
    const getLearning = vi.fn(async (): Promise<IpcResult<LearningSnapshot>> =>
      ok({ record: EMPTY_RECORD, ...STATUS }),
    )
    let failing = true
    const store = withApi({
      getLearning,
      getLearningOverview: vi.fn(async (request: OverviewRequest) =>
        failing
          ? {
              ok: false as const,
              error: { code: 'internal' as const, message: 'Try again; restart the app.' },
            }
          : ok(overviewFor(request)),
      ),
    })
    await store.load()
    await store.load()
    expect(getLearning).toHaveBeenCalledTimes(1)
    await store.loadOverview({ period: year, unreflectedLimit: 25 })
    expect(store.overviewError).toBe('Try again; restart the app.')
    failing = false
    await store.loadOverview({ period: year, unreflectedLimit: 25 })
    expect(store.overviewError).toBeNull()
    expect(store.overview?.summary.period).toEqual(year)
    // The reading tracker may have added to the record since it was fetched.
    await store.load()
    expect(getLearning).toHaveBeenCalledTimes(2)
  })
})
