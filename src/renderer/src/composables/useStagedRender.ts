import {
  computed,
  onActivated,
  onBeforeUnmount,
  onDeactivated,
  onMounted,
  ref,
  watch,
  type ComputedRef,
  type Ref,
} from 'vue'

export interface StagedRender {
  /** How many items to render now. */
  shown: Ref<number>
  /** Whether every item is rendered. */
  complete: ComputedRef<boolean>
  /** Renders at least the first `count` at once (a deep link to a later section). */
  showAtLeast: (count: number) => void
  /** Back to the first few (another module opened in the same view), the rest to follow. */
  reset: () => void
}

/**
 * Renders a long list in stages: the first `first` items with the page, then `batch` more
 * after each painted frame until all are in. A module of eleven sections or a library of
 * hundreds of cards then shows its first screen without waiting for the DOM, styles and
 * layout of everything below it; the rest follows within a few frames, before anyone scrolls.
 * A list that grows (a module's later sections arriving) is staged on from where it was.
 */
export function useStagedRender(
  total: () => number,
  { first, batch }: { first: number; batch: number },
): StagedRender {
  const shown = ref(Math.min(first, total()))
  const complete = computed(() => shown.value >= total())
  let frame = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let mounted = false

  function schedule(): void {
    if (!mounted || frame || timer !== undefined || complete.value) return
    // A task queued from an animation frame runs after that frame is painted.
    frame = requestAnimationFrame(() => {
      frame = 0
      timer = setTimeout(() => {
        timer = undefined
        shown.value = Math.min(total(), shown.value + batch)
        schedule()
      })
    })
  }

  function cancel(): void {
    if (frame) cancelAnimationFrame(frame)
    if (timer !== undefined) clearTimeout(timer)
    frame = 0
    timer = undefined
  }

  const start = (): void => {
    mounted = true
    schedule()
  }
  const stop = (): void => {
    mounted = false
    cancel()
  }
  watch(total, schedule)
  onMounted(start)
  onBeforeUnmount(stop)
  // A kept page (the library) stops staging while another page is shown, so its batches do
  // not compete with that page's first frames, and carries on where it was when shown again.
  onDeactivated(stop)
  onActivated(start)

  return {
    shown,
    complete,
    showAtLeast(count) {
      if (count > shown.value) shown.value = Math.min(total(), count)
    },
    reset() {
      cancel()
      shown.value = Math.min(first, total())
      schedule()
    },
  }
}
