import { computed, ref } from 'vue'
import type { TimingsFile } from '@shared/present/timings'
import { EMPTY_TIMINGS } from '@shared/present/timings'
import type { PresentStore } from '@shared/present/storage'
import { PresentStoreError } from '@shared/present/storage'
import { budgetsMs, type Presentation } from './presentation'

/**
 * Rehearsal timings and kept budgets for one presentation, through the store. A stored value
 * that cannot be read leaves the deck's own budgets in place and says so.
 */
export function useTimings(
  presentation: Presentation,
  store: PresentStore,
  now: () => Date = () => new Date(),
) {
  const file = ref<TimingsFile>(EMPTY_TIMINGS)
  const problem = ref('')
  const loaded = store.loadTimings().then((result) => {
    file.value = result.value
    if (!result.ok)
      problem.value = result.backup
        ? `${result.problem} A copy was kept as “${result.backup}”.`
        : result.problem
  })

  const budgets = computed(() => budgetsMs(presentation, file.value.budgets))
  /** Seconds per slide from the last rehearsal, in presentation order (null where not timed). */
  const rehearsal = computed(() => {
    const last = file.value.rehearsals[presentation.key]
    return last ? presentation.slides.map((s) => last.seconds[s.key] ?? null) : null
  })
  const hasKeptBudgets = computed(() =>
    presentation.slides.some((s) => file.value.budgets[s.key] !== undefined),
  )

  async function write(next: TimingsFile): Promise<void> {
    file.value = next
    try {
      await store.saveTimings(next)
    } catch (error) {
      problem.value =
        error instanceof PresentStoreError
          ? `${error.message} They last until you close this window.`
          : 'The timings could not be saved here; they last until you close this window.'
    }
  }

  /** Keeps a finished rehearsal (milliseconds per slide) for the report. */
  function recordRehearsal(spentMs: readonly number[]): Promise<void> {
    const seconds: Record<string, number> = {}
    presentation.slides.forEach((s, i) => {
      if ((spentMs[i] ?? 0) > 0) seconds[s.key] = Math.round((spentMs[i] ?? 0) / 1000)
    })
    const rehearsals = {
      ...file.value.rehearsals,
      [presentation.key]: { recordedAt: now().toISOString(), seconds },
    }
    return write({ ...file.value, rehearsals })
  }

  /** The last rehearsal's timings become the budgets of the slides it timed. */
  function keepAsBudget(): Promise<void> {
    const last = file.value.rehearsals[presentation.key]
    if (!last) return Promise.resolve()
    return write({ ...file.value, budgets: { ...file.value.budgets, ...last.seconds } })
  }

  /** Back to the decks' own budgets for this presentation's slides. */
  function restoreDeckBudgets(): Promise<void> {
    const budgets = { ...file.value.budgets }
    for (const s of presentation.slides) delete budgets[s.key]
    return write({ ...file.value, budgets })
  }

  return {
    budgets,
    rehearsal,
    hasKeptBudgets,
    problem,
    loaded,
    recordRehearsal,
    keepAsBudget,
    restoreDeckBudgets,
  }
}
