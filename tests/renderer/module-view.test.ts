import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  onTestFinished,
  vi,
} from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Topic } from '@shared/content/model'
import { createContentIndex, type ContentIndex } from '@renderer/content/content-index'
import { buildCatalogue, contentChunks } from '@shared/content/catalogue'
import { useHandoutPanelStore } from '@renderer/stores/handout-panel-store'
import ModuleView from '@renderer/views/ModuleView.vue'
import { fixtureBundle, fixtureIndex } from './content'
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

describe('ModuleView while the rest of the module is on its way', () => {
  /** Every chunk loaded but the module's rest, which arrives when `release` is called. */
  async function restLater() {
    const bundle = await fixtureBundle()
    const chunks = contentChunks(bundle)
    const texts = new Map(chunks.map((c) => [`${c.kind}:${c.id}`, JSON.stringify(c)]))
    let release!: () => void
    const gate = new Promise<void>((done) => (release = done))
    const later = createContentIndex(
      buildCatalogue(
        bundle,
        chunks.map((c) => ({ kind: c.kind, id: c.id, hash: 'test' })),
      ),
      async (ref) => {
        if (ref.kind === 'topicRest') await gate
        return texts.get(`${ref.kind}:${ref.id}`)!
      },
    )
    await later.ensure(chunks.filter((c) => c.kind !== 'topicRest'))
    return { later, release }
  }

  afterEach(() => {
    wrapper?.unmount()
    wrapper = undefined
  })

  const headings = (w: VueWrapper) => w.findAll('article h2').map((h2) => h2.attributes('id'))

  async function open(path: string) {
    const { later, release } = await restLater()
    h = harness(later)
    await at(h, path)
    const w = (wrapper = mount(ModuleView, { global: globalFor(h), attachTo: document.body }))
    await flushPromises()
    return { w, later, release }
  }

  it('shows the whole contents and the first sections, then the rest when it arrives', async () => {
    const { w, later, release } = await open('/modules/leg-cramps')
    expect(w.find('h1').text()).toBe('Leg cramps after sex')
    expect(w.findAll('.toc__list > li')).toHaveLength(topic.sections.length + 1)
    // However long it waits, the page has what it has: no references without the rest.
    await new Promise((done) => setTimeout(done, 100))
    expect(headings(w)).toEqual(topic.sections.slice(0, 2).map((s) => `pa-${s.slug}`))
    expect(w.find('article').attributes('data-rendered')).toBe('some')
    const rest = later.load('topicRest', 'leg-cramps')
    release()
    await rest
    await whole(w)
    expect(headings(w)).toEqual([...topic.sections.map((s) => `pa-${s.slug}`), 'pa-references'])
  })

  it('follows a citation in the first sections once the references arrive', async () => {
    const { w, release } = await open('/modules/leg-cramps')
    await w.find('section[data-section="why-it-matters"] a[data-ref="1"]').trigger('click')
    expect(w.find('#ref-1').exists()).toBe(false)
    release()
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('ref-1'))
    expect(w.find('#ref-1').classes()).toContain('references__item--highlighted')
  })

  it('prints the whole module: Print waits for the rest and renders every section first', async () => {
    const { w, release } = await open('/modules/leg-cramps')
    const printed: (string | undefined)[][] = []
    // The test DOM has no print(): this one notes what the page held when it was called.
    window.print = () => void printed.push(headings(w))
    onTestFinished(() => void Reflect.deleteProperty(window, 'print'))
    await w
      .findAll('button')
      .find((b) => b.text() === 'Print module')!
      .trigger('click')
    expect(printed).toEqual([])
    release()
    await vi.waitFor(() => expect(printed).toHaveLength(1))
    // What window.print() lays out is what is on the page when it is called.
    expect(printed[0]).toEqual([...topic.sections.map((s) => `pa-${s.slug}`), 'pa-references'])
  })
})
