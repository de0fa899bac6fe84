import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { Topic } from '@shared/content/model'
import type { ContentIndex } from '@renderer/content/content-index'
import TableOfContents from '@renderer/components/TableOfContents.vue'
import { fixtureIndex } from './content'
import { globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let topic: Topic
let h: Harness
let wrapper: VueWrapper | undefined

beforeAll(async () => {
  index = await fixtureIndex()
  topic = index.topic('leg-cramps')!
})
beforeEach(() => {
  h = harness(index)
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

function mountToc(active: string) {
  wrapper = mount(TableOfContents, {
    props: { topicId: topic.id, sections: topic.sections, active },
    global: globalFor(h),
    attachTo: document.body,
  })
  return wrapper
}

const focused = (): string | undefined =>
  (document.activeElement as HTMLElement | null)?.dataset.slug

/** Presses a key on the focused entry; returns whether the page's default action was stopped. */
function press(key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  document.activeElement!.dispatchEvent(event)
  return event.defaultPrevented
}

function focusEntry(w: VueWrapper, slug: string): void {
  ;(w.find(`a[data-slug="${slug}"]`).element as HTMLElement).focus()
}

describe('TableOfContents', () => {
  it('lists every section and then the references, each linking to its deep link', () => {
    const w = mountToc('physiology')
    const top = w.findAll('.toc__list > li > a')
    expect(top.map((a) => a.text())).toEqual([...topic.sections.map((s) => s.title), 'References'])
    expect(top[2]!.attributes('href')).toBe('/modules/leg-cramps/physiology')
    expect(top.at(-1)!.attributes('href')).toBe('/modules/leg-cramps/references')
  })

  it('marks only the active section with aria-current="location"', () => {
    const w = mountToc('management')
    const current = w.findAll('[aria-current]')
    expect(current.map((a) => [a.attributes('data-slug'), a.attributes('aria-current')])).toEqual([
      ['management', 'location'],
    ])
    expect(current[0]!.classes()).toContain('toc__link--active')
  })

  it('shows subheadings for the active section only', async () => {
    const w = mountToc('physiology')
    expect(w.find('.toc__sub').exists()).toBe(false)
    await w.setProps({ active: 'red-flags' })
    expect(w.findAll('.toc__sub a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Emergency now', '/modules/leg-cramps/emergency-now'],
      ['Same day', '/modules/leg-cramps/same-day'],
      ['Routine', '/modules/leg-cramps/routine'],
    ])
  })

  it('moves focus with ArrowDown and ArrowUp, through visible subheadings', () => {
    const w = mountToc('red-flags')
    focusEntry(w, 'causes-and-differential-diagnosis')
    expect(press('ArrowDown')).toBe(true)
    expect(focused()).toBe('red-flags')
    press('ArrowDown')
    expect(focused()).toBe('emergency-now')
    press('ArrowDown')
    press('ArrowDown')
    press('ArrowDown')
    expect(focused()).toBe('assessment')
    expect(press('ArrowUp')).toBe(true)
    expect(focused()).toBe('routine')
  })

  it('jumps to the ends with Home and End, and stops at them', () => {
    const w = mountToc('physiology')
    focusEntry(w, 'physiology')
    expect(press('End')).toBe(true)
    expect(focused()).toBe('references')
    press('ArrowDown')
    expect(focused()).toBe('references')
    expect(press('Home')).toBe(true)
    expect(focused()).toBe('learning-objectives')
    press('ArrowUp')
    expect(focused()).toBe('learning-objectives')
  })

  it('leaves other keys to the browser', () => {
    const w = mountToc('physiology')
    focusEntry(w, 'physiology')
    expect(press('Enter')).toBe(false)
    expect(press('a')).toBe(false)
    expect(focused()).toBe('physiology')
  })

  it('focuses the active entry for the "t" shortcut', async () => {
    const w = mountToc('assessment')
    await (w.vm as unknown as { focusActive(): Promise<void> }).focusActive()
    expect(focused()).toBe('assessment')
  })

  it('opens the clicked entry in the app and reports which it was', async () => {
    const w = mountToc('physiology')
    const push = vi.spyOn(h.router, 'push')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 })
    w.find('a[data-slug="key-points"]').element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(push).toHaveBeenCalledWith('/modules/leg-cramps/key-points')
    expect(w.emitted('navigate')).toEqual([['key-points']])
  })

  it('leaves a click with a modifier key to the browser', async () => {
    const w = mountToc('physiology')
    const push = vi.spyOn(h.router, 'push')
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true })
    w.find('a[data-slug="key-points"]').element.dispatchEvent(click)
    expect(click.defaultPrevented).toBe(false)
    expect(push).not.toHaveBeenCalled()
  })
})
