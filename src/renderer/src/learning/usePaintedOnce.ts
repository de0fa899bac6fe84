import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/**
 * Becomes true once `target` has been painted, for a page that shows its first screen in one
 * frame and the rest in the next (the learning page: its totals, then the long lists below
 * them, so the figures do not wait for the DOM, styles and layout of what is below the fold).
 *
 * Timed without timers: a ResizeObserver is called in the frame in which `target` is first laid
 * out, and a message posted from it is a task, which runs after that frame has been painted.
 * A faked clock (the browser tests fake one to time reading) therefore cannot hold the page back.
 */
export function usePaintedOnce(target: Ref<HTMLElement | null>): Ref<boolean> {
  const painted = ref(false)
  let observer: ResizeObserver | null = null
  let channel: MessageChannel | null = null
  const stop = watch(
    target,
    (element) => {
      if (!element || painted.value || observer) return
      if (typeof ResizeObserver === 'undefined' || typeof MessageChannel === 'undefined') {
        painted.value = true
        return
      }
      observer = new ResizeObserver(() => {
        observer?.disconnect()
        channel = new MessageChannel()
        channel.port1.onmessage = () => {
          painted.value = true
          channel?.port1.close()
          channel = null
        }
        channel.port2.postMessage(null)
      })
      observer.observe(element)
    },
    { immediate: true, flush: 'post' },
  )
  onBeforeUnmount(() => {
    stop()
    observer?.disconnect()
    channel?.port1.close()
  })
  return painted
}
