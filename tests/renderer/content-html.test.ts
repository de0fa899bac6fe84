import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { AtlasApi } from '@shared/ipc/api'
import type { Topic } from '@shared/content/model'
import ContentHtml from '@renderer/components/ContentHtml.vue'
import { compileFiles, readFixtureFiles, withFile } from './content'

let topic: Topic

beforeAll(async () => {
  const files = await readFixtureFiles()
  const source = files.find((f) => f.path === 'topics/leg-cramps.md')!.text
  const marker = 'Use plain words.'
  if (!source.includes(marker)) throw new Error('fixture topic changed: no "Use plain words."')
  // One paragraph with every kind of link the compiler writes: citation, cross-link, external.
  const edited = source.replace(
    marker,
    'Use plain words [@miller2022], link [[hormone:oxytocin]] and read [NICE NG73](https://www.nice.org.uk/guidance/ng73).',
  )
  topic = compileFiles(withFile(files, 'topics/leg-cramps.md', edited)).topics[0]!
})

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  delete window.api
  vi.restoreAllMocks()
})

function mountHtml() {
  const block = topic.sections.find((s) => s.slug === 'talking-with-patients')!.blocks[0]!
  if (block.kind !== 'html') throw new Error('expected HTML')
  wrapper = mount(ContentHtml, { props: { html: block.html }, attachTo: document.body })
  return wrapper
}

/** Clicks like a user (bubbling, cancelable); returns whether navigation was prevented. */
function click(element: Element, init: MouseEventInit = {}): boolean {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init })
  element.dispatchEvent(event)
  return event.defaultPrevented
}

const link = (w: VueWrapper, selector: string): HTMLAnchorElement =>
  w.find(selector).element as HTMLAnchorElement

/** A stand-in for the preload bridge: only what the component under test may call. */
function fakeBridge(): { openExternal: ReturnType<typeof vi.fn> } {
  const bridge = { openExternal: vi.fn(async () => ({ ok: true, value: { opened: true } })) }
  window.api = bridge as unknown as AtlasApi
  return bridge
}

describe('ContentHtml', () => {
  it('renders the compiled HTML', () => {
    const w = mountHtml()
    expect(w.find('p').text()).toBe('Use plain words1, link Oxytocin and read NICE NG73.')
  })

  it('turns a citation click into a `cite` event with its number, without navigating', () => {
    const w = mountHtml()
    expect(click(link(w, 'a[data-ref]'))).toBe(true)
    expect(w.emitted('cite')).toEqual([[1]])
  })

  it('leaves ctrl-clicks and other buttons to the browser', () => {
    const w = mountHtml()
    expect(click(link(w, 'a[data-ref]'), { ctrlKey: true })).toBe(false)
    expect(click(link(w, 'a[data-ref]'), { button: 1 })).toBe(false)
    expect(w.emitted('cite')).toBeUndefined()
  })

  it('sends an external link to the desktop bridge, which asks before opening', () => {
    const bridge = fakeBridge()
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const w = mountHtml()
    expect(click(link(w, 'a.pa-external'))).toBe(true)
    expect(bridge.openExternal).toHaveBeenCalledExactlyOnceWith(
      'https://www.nice.org.uk/guidance/ng73',
    )
    expect(open).not.toHaveBeenCalled()
  })

  it('opens an external link in a new tab when there is no bridge (plain browser)', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const w = mountHtml()
    expect(click(link(w, 'a.pa-external'))).toBe(true)
    expect(open).toHaveBeenCalledExactlyOnceWith(
      'https://www.nice.org.uk/guidance/ng73',
      '_blank',
      'noopener,noreferrer',
    )
  })

  it('lets an in-app cross-link navigate normally', () => {
    const bridge = fakeBridge()
    const open = vi.spyOn(window, 'open').mockReturnValue(null)
    const w = mountHtml()
    expect(click(link(w, 'a[data-xref]'))).toBe(false)
    expect(bridge.openExternal).not.toHaveBeenCalled()
    expect(open).not.toHaveBeenCalled()
    expect(w.emitted('cite')).toBeUndefined()
  })

  it('asks for a preview when a cross-link or citation is hovered or focused, and ends it', async () => {
    const w = mountHtml()
    const xref = w.find('a[data-xref]')
    await xref.trigger('mouseover')
    await xref.trigger('mouseout')
    await w.find('a[data-ref]').trigger('focusin')
    await w.find('a[data-ref]').trigger('focusout')
    const previews = w.emitted('preview') as [HTMLAnchorElement][]
    expect(previews.map(([a]) => a.dataset.xref ?? `ref ${a.dataset.ref}`)).toEqual([
      'hormone:oxytocin',
      'ref 1',
    ])
    expect(w.emitted('previewEnd')).toHaveLength(2)
  })

  it('asks for no preview over plain text or an external link', async () => {
    const w = mountHtml()
    await w.find('p').trigger('mouseover')
    await w.find('a.pa-external').trigger('mouseover')
    expect(w.emitted('preview')).toBeUndefined()
  })
})
