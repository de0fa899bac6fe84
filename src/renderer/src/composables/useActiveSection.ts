import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import { afterNextPaint } from '../when-idle'

/**
 * The section being read: the last section heading that has scrolled past the top of the
 * viewport (below the sticky header). Scroll-driven rather than IntersectionObserver-driven so
 * the result is the same however fast the reader scrolls.
 */
export function useActiveSection(container: Ref<HTMLElement | null>, offset = 120): Ref<string> {
  const active = ref('')
  let frame = 0
  let resized: ResizeObserver | null = null
  let cancelFirst: (() => void) | null = null

  function measure(): void {
    frame = 0
    const headings = Array.from(
      container.value?.querySelectorAll<HTMLElement>('[data-section]') ?? [],
    )
    let current = headings[0]?.dataset.section ?? ''
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top - offset <= 0)
        current = heading.dataset.section ?? current
      else break
    }
    // At the very bottom the last section is the one being read, even if it is short.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 4) {
      current = headings.at(-1)?.dataset.section ?? current
    }
    active.value = current
  }

  const onScroll = (): void => {
    if (!frame) frame = requestAnimationFrame(measure)
  }

  onMounted(() => {
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    // A page opens at its first section: say so without measuring, and measure once the first
    // frame is painted. Measuring here forced a layout of the new page before its first paint,
    // and the active class it set then made the frame lay the page out a second time.
    active.value =
      container.value?.querySelector<HTMLElement>('[data-section]')?.dataset.section ?? ''
    cancelFirst = afterNextPaint(onScroll)
    // The page grows without a scroll as a module's later sections render (and as fonts
    // arrive): on a tall screen the first sections alone can reach the bottom, which must not
    // leave the last of them marked as the one being read.
    if (container.value && typeof ResizeObserver !== 'undefined') {
      resized = new ResizeObserver(onScroll)
      resized.observe(container.value)
    }
  })
  onBeforeUnmount(() => {
    resized?.disconnect()
    window.removeEventListener('scroll', onScroll)
    window.removeEventListener('resize', onScroll)
    if (frame) cancelAnimationFrame(frame)
    cancelFirst?.()
  })

  return active
}
