import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { plainData } from '../composables/plain-bridge'
import { onBeforeRouteLeave } from 'vue-router'
import type { Draft, ReflectionBody } from '@shared/learning/schema'
import { useLearningStore } from './learning-store'

/** How long typing pauses before the draft is written (also written on leaving and on blur). */
export const DRAFT_DELAY_MS = 400

/**
 * Keeps the reflection being written as a draft in main's drafts file: a moment after each
 * change, when a field loses focus, when the page is left and when the window closes, so a
 * crash or a restart loses at most the last fraction of a second of typing.
 */
export function useReflectionDraft(draft: Ref<Draft | null>) {
  const learning = useLearningStore()
  const savedAt = ref<string | null>(null)
  const problem = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | null = null
  let dirty = false
  let writing: Promise<void> | null = null

  async function write(): Promise<void> {
    if (!draft.value || !dirty) return
    dirty = false
    const next: Draft = { ...plainData(draft.value), updatedAt: new Date().toISOString() }
    const result = await learning.saveDraft(next).catch((error: unknown) => ({
      ok: false as const,
      error: { message: error instanceof Error ? error.message : String(error) },
    }))
    if (result.ok) {
      savedAt.value = next.updatedAt
      problem.value = null
    } else {
      dirty = true
      problem.value = `Your draft could not be kept: ${result.error.message}`
    }
  }

  /** Writes now (after any write already under way). Never rejects: a failure is `problem`. */
  async function flush(): Promise<void> {
    if (timer) clearTimeout(timer)
    timer = null
    await writing
    const current = write()
    writing = current
    try {
      await current
    } finally {
      if (writing === current) writing = null
    }
  }

  function changed(): void {
    dirty = true
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void flush(), DRAFT_DELAY_MS)
  }

  watch(
    () => (draft.value ? JSON.stringify(draft.value.body) : null),
    (now, before) => {
      if (before !== null && now !== null && now !== before) changed()
    },
  )

  const onPageHide = (): void => void flush()
  window.addEventListener('pagehide', onPageHide)
  onBeforeRouteLeave(() => flush())
  onBeforeUnmount(() => {
    window.removeEventListener('pagehide', onPageHide)
    void flush()
  })

  return { savedAt, problem, flush, changed, markSaved: () => (dirty = false) }
}

/** A fresh body for a reflection on `activityIds`. */
export function newBody(
  template: ReflectionBody['template'],
  activityIds: string[],
): ReflectionBody {
  return {
    template,
    title: '',
    activityIds,
    fields: {},
    codeThemes: [],
    claimedMinutes: 0,
    preparationMinutes: 0,
  }
}
