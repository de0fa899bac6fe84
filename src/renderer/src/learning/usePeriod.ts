import { computed, ref, type ComputedRef, type Ref } from 'vue'
import { todayIso } from '@shared/dates'
import {
  appraisalYear,
  previousYear,
  revalidationCycle,
  type Period,
} from '@shared/learning/periods'
import { CYCLE_YEARS, type LearningSettings } from '@shared/learning/settings'

export type PeriodChoice = 'year' | 'previous' | 'cycle' | 'custom'

/**
 * The period the learning page shows: this appraisal year (from the year start in Settings),
 * the one before, the revalidation cycle, or dates the clinician picks.
 */
export function usePeriod(settings: Ref<LearningSettings>, today = todayIso()) {
  const choice = ref<PeriodChoice>('year')
  const year = computed(() => appraisalYear(today, settings.value.yearStart))
  const custom = ref<Period>({
    start: year.value.start,
    end: today > year.value.start ? nextDay(today) : year.value.end,
  })
  const cycle: ComputedRef<Period | null> = computed(() =>
    revalidationCycle(
      today,
      settings.value.cycleStart,
      CYCLE_YEARS[settings.value.registrationBody],
    ),
  )
  const period = computed<Period>(() => {
    switch (choice.value) {
      case 'year':
        return year.value
      case 'previous':
        return previousYear(year.value, settings.value.yearStart)
      case 'cycle':
        return cycle.value ?? year.value
      default:
        return custom.value.start < custom.value.end ? custom.value : year.value
    }
  })
  return { choice, period, year, cycle, custom, today }
}

/** The day after `iso`: a custom range includes its last day. */
export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
