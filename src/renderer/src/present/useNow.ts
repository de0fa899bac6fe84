import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import type { Clock } from './clock'

/** The clock's time, refreshed a few times a second for the console's timers. */
export function useNow(clock: Clock, everyMs = 250): Ref<number> {
  const now = ref(clock.now())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => (now.value = clock.now()), everyMs)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
