import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Topic } from '@shared/content/model'
import type { ContentIndex } from '@renderer/content/content-index'
import { useHandoutPanelStore } from '@renderer/stores/handout-panel-store'
import ModuleView from '@renderer/views/ModuleView.vue'
import { fixtureIndex } from './content'
import { at, globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let topic: Topic
let h: Harness
let wrapper: VueWrapper | undefined

beforeAll(async () => {
  index = await fixtureIndex()
  topic = index.topic('leg-cramps')!
})

/** Every section is in (they are rendered over a few frames after the first). */
const whole = (page: VueWrapper) =>
  vi.waitFor(
    () => {
      if (page.find('article').attributes('data-rendered') !== 'all')
        throw new Error('still rendering')
    },
    // A few frames, but a busy machine can stretch them.
    { timeout: 10_000 },
  )

/** ModuleView at a path of the real route table, attached so focus and ids work. */
async function openAt(path: string): Promise<VueWrapper> {
  await at(h, path)
  const mounted = mount(ModuleView, { global: globalFor(h), attachTo: document.body })
  await flushPromises()
  if (mounted.find('article').exists()) await whole(mounted)
  return mounted
}

describe('ModuleView at /modules/leg-cramps', () => {
  // One mount for these checks: the two that click change nothing the others look at.
  let page: VueWrapper
  beforeAll(async () => {
    h = harness(index)
    page = await openAt('/modules/leg-cramps')
  })
  afterAll(() => page.unmount())

  it('renders the module title and every section heading with its pa- id', () => {
    expect(page.find('h1#module-title').text()).toBe('Leg cramps after sex')
    const headings = page.findAll('article h2').map((h2) => [h2.attributes('id'), h2.text()])
    expect(headings).toEqual([
      ...topic.sections.map((s) => [`pa-${s.slug}`, s.title]),
      ['pa-references', 'References'],
    ])
    expect(headings).toHaveLength(12)
    expect(document.title).toBe('Leg cramps after sex · Postcoital Atlas')
  })

  it('renders section text from the compiled content', () => {
    const physiology = page.find('section[data-section="physiology"]')
    expect(physiology.text()).toContain('Oxytocin rises at orgasm.')
    expect(physiology.find('a[data-xref="hormone:oxytocin"]').exists()).toBe(true)
  })

  it('puts the quiz in the self-check section only', () => {
    expect(page.findAll('.quiz')).toHaveLength(1)
    const selfCheck = page.find('section[data-section="self-check"]')
    expect(selfCheck.findAll('.quiz fieldset.question')).toHaveLength(5)
    expect(selfCheck.find('.quiz__score').text()).toContain('0 of 5')
  })

  it('embeds the comparison table with only the chosen rows, marking this module', () => {
    const embed = page.find(
      'section[data-section="causes-and-differential-diagnosis"] figure.embed',
    )
    expect(embed.find('figcaption').text()).toContain('Cramp and its mimics')
    const rows = embed.findAll('tbody tr[data-row]')
    expect(rows.map((r) => r.attributes('data-row'))).toEqual(['cramp'])
    expect(rows[0]!.classes()).toContain('ctable__row--module')
  })

  it('lists the references with ids that citations can jump to', () => {
    const items = page.findAll('section[data-section="references"] li')
    expect(items.map((li) => li.attributes('id'))).toEqual(['ref-1', 'ref-2'])
    expect(items[0]!.text()).toContain('Miller KC, McDermott BP')
  })

  it('highlights and focuses the reference when a citation is clicked', async () => {
    await page.find('section[data-section="why-it-matters"] a[data-ref="1"]').trigger('click')
    expect(page.find('#ref-1').classes()).toContain('references__item--highlighted')
    expect(document.activeElement?.id).toBe('ref-1')
  })

  it('offers the patient handout, opening the panel for this module', async () => {
    const button = page.findAll('button').find((b) => b.text() === 'Patient handout…')!
    expect(button.attributes('aria-haspopup')).toBe('dialog')
    await button.trigger('click')
    expect(useHandoutPanelStore().topicId).toBe('leg-cramps')
  })
})

describe('ModuleView deep links and missing content', () => {
  beforeEach(() => {
    h = harness(index)
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  it('moves focus to the section named in the deep link', async () => {
    wrapper = await openAt('/modules/leg-cramps/red-flags')
    expect(document.activeElement?.id).toBe('pa-red-flags')
  })

  // Bug: a deep link to a subheading (`/modules/leg-cramps/same-day`, offered in the table of
  // contents) calls focus() on the <h3>, but the compiled <h3> has no tabindex, so in a
  // browser focus stays where it was. Section <h2>s carry tabindex="-1"; subheadings need it too.
  it('makes a deep-linked subheading focusable, as section headings are', async () => {
    const w = (wrapper = await openAt('/modules/leg-cramps/same-day'))
    expect(w.find('#pa-red-flags').attributes('tabindex')).toBe('-1')
    expect(w.find('#pa-same-day').attributes('tabindex')).toBe('-1')
  })

  it('shows "Module not found" for an unknown module', async () => {
    const w = (wrapper = await openAt('/modules/no-such-module'))
    expect(w.find('h1').text()).toBe('Module not found')
    expect(w.text()).toContain('There is no module called “no-such-module”')
    expect(w.find('a[href="/"]').text()).toBe('Go to the library')
    expect(w.find('article').exists()).toBe(false)
  })

  it('opens at the start with a notice when the section does not exist', async () => {
    const w = (wrapper = await openAt('/modules/leg-cramps/no-such-section'))
    const notice = w.find('.module-notice')
    expect(notice.attributes('role')).toBe('status')
    expect(notice.text()).toBe(
      'This module has no section “no-such-section”, so it opens at the start.',
    )
    expect(document.activeElement?.id).toBe('module-title')

    await h.router.push('/modules/leg-cramps/assessment')
    await flushPromises()
    expect(w.find('.module-notice').exists()).toBe(false)
    expect(document.activeElement?.id).toBe('pa-assessment')
  })

  it('accepts the references and subheadings as sections of a deep link', async () => {
    const w = (wrapper = await openAt('/modules/leg-cramps/references'))
    expect(w.find('.module-notice').exists()).toBe(false)
    await h.router.push('/modules/leg-cramps/emergency-now')
    await flushPromises()
    expect(w.find('.module-notice').exists()).toBe(false)
  })
})

describe('ModuleView renders a long module in stages', () => {
  beforeEach(() => {
    h = harness(index)
  })
  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  const headings = (w: VueWrapper) => w.findAll('article h2').map((h2) => h2.attributes('id'))

  it('shows the first sections with the page, then the rest and the references', async () => {
    await at(h, '/modules/leg-cramps')
    const w = (wrapper = mount(ModuleView, { global: globalFor(h), attachTo: document.body }))
    // The first render: what fills the first screen, nothing below it yet.
    expect(headings(w)).toEqual(topic.sections.slice(0, 2).map((s) => `pa-${s.slug}`))
    expect(w.find('article').attributes('data-rendered')).toBe('some')
    await whole(w)
    expect(headings(w)).toEqual([...topic.sections.map((s) => `pa-${s.slug}`), 'pa-references'])
  })

  it('renders every section at once when the page is printed', async () => {
    await at(h, '/modules/leg-cramps')
    const w = (wrapper = mount(ModuleView, { global: globalFor(h), attachTo: document.body }))
    expect(headings(w)).toHaveLength(2)
    window.dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(headings(w)).toEqual([...topic.sections.map((s) => `pa-${s.slug}`), 'pa-references'])
  })

  it('renders at once every section up to the one a deep link names', async () => {
    await at(h, '/modules/leg-cramps/red-flags')
    const w = (wrapper = mount(ModuleView, { global: globalFor(h), attachTo: document.body }))
    await nextTick()
    const upTo = topic.sections.findIndex((s) => s.slug === 'red-flags')
    expect(upTo).toBeGreaterThan(1)
    expect(headings(w).slice(0, upTo + 1)).toEqual(
      topic.sections.slice(0, upTo + 1).map((s) => `pa-${s.slug}`),
    )
    await flushPromises()
    expect(document.activeElement?.id).toBe('pa-red-flags')
  })
})
