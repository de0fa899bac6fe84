/* eslint-disable vue/one-component-per-file -- test hosts: a page kept by KeepAlive and the page shown over it */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KeepAlive, defineComponent, h, nextTick, ref, watch } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { useStagedRender, type StagedRender } from '@renderer/composables/useStagedRender'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

/** A list of `count` items rendered in stages; its controls are handed back. */
function host(count: () => number, first: number, batch: number) {
  let staged: StagedRender | undefined
  const Host = defineComponent({
    setup() {
      staged = useStagedRender(count, { first, batch })
      return () =>
        h(
          'ul',
          Array.from({ length: staged!.shown.value }, (_, i) => h('li', { key: i }, String(i))),
        )
    },
  })
  wrapper = mount(Host)
  return { items: () => wrapper!.findAll('li').length, staged: staged! }
}

const until = (done: () => boolean) =>
  vi.waitFor(
    () => {
      if (!done()) throw new Error('not yet')
    },
    { timeout: 10_000 },
  )

describe('rendering a long list in stages', () => {
  it('renders the first items at once, then a batch per frame until all are in', async () => {
    const { items, staged } = host(() => 10, 2, 3)
    expect(items()).toBe(2)
    expect(staged.complete.value).toBe(false)
    const seen: number[] = [staged.shown.value]
    watch(staged.shown, (value) => seen.push(value), { flush: 'sync' })
    await until(() => staged.complete.value)
    await nextTick()
    expect(items()).toBe(10)
    // One batch at a time: each frame is painted before the next batch is added.
    expect(seen).toEqual([2, 5, 8, 10])
  })

  it('renders at once up to what is asked for, and starts again on reset', async () => {
    const size = ref(10)
    const { items, staged } = host(() => size.value, 2, 3)
    staged.showAtLeast(7)
    await nextTick()
    expect(items()).toBe(7)
    await until(() => staged.complete.value)
    staged.reset()
    await nextTick()
    expect(items()).toBe(2)
    await until(() => staged.complete.value)
    expect(items()).toBe(10)
  })

  it('stages on from where it was when the list grows (a module’s later sections arriving)', async () => {
    const size = ref(2)
    const { items, staged } = host(() => size.value, 2, 3)
    await new Promise((done) => setTimeout(done, 100))
    expect(staged.complete.value).toBe(true)
    const seen: number[] = []
    watch(staged.shown, (value) => seen.push(value), { flush: 'sync' })
    size.value = 10
    expect(staged.complete.value).toBe(false)
    await until(() => staged.complete.value)
    await nextTick()
    expect(items()).toBe(10)
    // Still a batch per frame, not the whole growth at once.
    expect(seen).toEqual([5, 8, 10])
  })

  it('stops adding items once unmounted', async () => {
    const { staged } = host(() => 50, 1, 1)
    wrapper!.unmount()
    wrapper = undefined
    const shown = staged.shown.value
    await new Promise((done) => setTimeout(done, 100))
    expect(staged.shown.value).toBe(shown)
  })

  it('pauses while its page is kept out of view (the library behind a module), then goes on', async () => {
    let staged: StagedRender | undefined
    const Listed = defineComponent({
      name: 'Listed',
      setup() {
        staged = useStagedRender(() => 100_000, { first: 1, batch: 1 })
        return () => h('p', String(staged!.shown.value))
      },
    })
    const Other = defineComponent({ name: 'Other', setup: () => () => h('p', 'another page') })
    const showing = ref<'listed' | 'other'>('listed')
    const Host = defineComponent({
      setup: () => () => h(KeepAlive, null, [h(showing.value === 'listed' ? Listed : Other)]),
    })
    wrapper = mount(Host)
    await until(() => staged!.shown.value >= 3)
    showing.value = 'other'
    await nextTick()
    const paused = staged!.shown.value
    await new Promise((done) => setTimeout(done, 150))
    expect(staged!.shown.value).toBe(paused)
    expect(staged!.complete.value).toBe(false)
    showing.value = 'listed'
    await nextTick()
    // The same instance, kept: it carries on from where it stopped rather than starting again.
    expect(staged!.shown.value).toBe(paused)
    await until(() => staged!.shown.value > paused)
    await nextTick()
    expect(wrapper.text()).toBe(String(staged!.shown.value))
  })
})
