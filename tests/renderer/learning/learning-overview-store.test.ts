import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { AtlasApi } from '@shared/ipc/api'
import { ok, type IpcResult } from '@shared/ipc/result'
import type { LearningOverview, LearningSnapshot, OverviewRequest } from '@shared/learning/ipc'
import { EMPTY_RECORD } from '@shared/learning/schema'
import { summarise } from '@shared/learning/summary'
import { useLearningStore } from '@renderer/learning/learning-store'
import { onReadingFlush } from '@renderer/learning/reading-flush'
import {
  askOverviewEarly,
  askOverviewEarlyOnTheWay,
  openingRequest,
} from '@renderer/learning/early-overview'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useBridge } from '@renderer/composables/useBridge'
import { useSettingsStore } from '@renderer/settings/settings-store'

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

describe('the opening figures asked for as navigation to the page starts', () => {
  afterEach(() => vi.useRealTimers())

  const askEarly = () => askOverviewEarly(useBridge(), useSettingsStore().settings.learning)

  function earlyStore(consent: 'on' | 'off' = 'on') {
    const events: string[] = []
    const asked: OverviewRequest[] = []
    const store = withApi({
      getLearningOverview: vi.fn(async (request: OverviewRequest) => {
        events.push('asked')
        asked.push(request)
        return ok(overviewFor(request))
      }),
    })
    useSettingsStore().settings.learning.consent = consent
    const stop = onReadingFlush(() => events.push('reading reported'))
    return { store, events, asked, stop }
  }

  it('has the reading trackers report first, and the page takes that answer instead of asking again', async () => {
    const { store, events, asked, stop } = earlyStore()
    askEarly()
    expect(events).toEqual(['reading reported', 'asked'])
    await store.loadOverview(openingRequest(useSettingsStore().settings.learning))
    expect(asked).toHaveLength(1)
    expect(store.overview?.summary.period).toEqual(asked[0]!.period)
    // Taken once: the page asking again (a change made on it) asks main again.
    await store.loadOverview(asked[0]!)
    expect(asked).toHaveLength(2)
    stop()
  })

  it('asks again for another question, for a stale answer, and not at all without consent', async () => {
    const { store, asked, stop } = earlyStore()
    askEarly()
    await store.loadOverview({ period: lastYear, unreflectedLimit: 25 })
    expect(asked.map((r) => r.period)).toEqual([asked[0]!.period, lastYear])

    vi.useFakeTimers({ toFake: ['Date'] })
    askEarly()
    vi.setSystemTime(Date.now() + 60_000)
    await store.loadOverview(asked[0]!)
    expect(asked).toHaveLength(4)
    stop()

    const off = earlyStore('off')
    askEarly()
    expect(off.events).toEqual([])
    off.stop()
  })

  it('is asked as navigation to the learning page starts, once, not for its other pages', async () => {
    const { store, asked, stop } = earlyStore()
    const page = { render: () => null }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', name: 'library', component: page },
        { path: '/learning', name: 'learning', component: page },
        { path: '/learning/stored', name: 'learning-stored', component: page },
      ],
    })
    askOverviewEarlyOnTheWay(router, useBridge(), () => useSettingsStore().settings.learning)
    await router.push('/')
    expect(asked).toHaveLength(0)
    await router.push('/learning')
    expect(asked).toHaveLength(1)
    await store.loadOverview(asked[0]!)
    expect(asked).toHaveLength(1)
    await router.push('/learning/stored')
    expect(asked).toHaveLength(1)
    stop()
  })
})
