import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Deck, Slide } from '@shared/content/model'
import type { PresentMessage } from '@shared/present/messages'
import { initialPresentationState } from '@shared/present/state'
import AudienceScreen from '@renderer/present/components/AudienceScreen.vue'
import { deckPresentation } from '@renderer/present/presentation'
import { PRESENT_SERVICES, type PresentServices } from '@renderer/present/present-services'
import { systemClock } from '@renderer/present/clock'
import { localPresentStore } from '@renderer/present/local-present-store'
import { at, globalFor, harness } from '../mount-app'
import { fixtureIndex } from '../content'

const slide = (n: number): Slide => ({
  id: `slide-${n}`,
  title: `Slide number ${n}`,
  kind: 'content',
  section: 'Fixture',
  blocks: [{ kind: 'html', html: `<p>Body of slide ${n}</p>` }],
  steps: 1,
  notesHtml: '',
  minutes: 1,
  cites: [],
})
const deck: Deck = {
  id: 'leg-cramps',
  title: 'Leg cramps after sex',
  minutes: 3,
  slides: [slide(1), slide(2), slide(3)],
  references: [],
}

/** Services whose transport hands the test the audience view's listener (the console's side). */
function consoleSide() {
  const listeners: ((message: PresentMessage) => void)[] = []
  const services: PresentServices = {
    clock: systemClock,
    transport: () => ({
      send: () => undefined,
      subscribe(listener) {
        listeners.push(listener)
        return () => undefined
      },
      close: () => undefined,
    }),
    store: localPresentStore(),
    openAudience: async () => '',
    desktop: null,
  }
  const moveTo = (to: number, version: number): void => {
    const state = { ...initialPresentationState(deck.slides.length), slide: to }
    for (const listener of listeners)
      listener({
        type: 'state',
        presentation: `deck:${deck.id}`,
        from: 'console',
        version,
        slides: deck.slides.length,
        state,
      })
  }
  return { services, moveTo }
}

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

/** The audience view at slide 1, the router's `replace` watched. */
async function openAudience() {
  const h = harness(await fixtureIndex())
  await at(h, '/present/leg-cramps/1')
  const replace = vi.spyOn(h.router, 'replace')
  const { services, moveTo } = consoleSide()
  const global = globalFor(h)
  wrapper = mount(AudienceScreen, {
    props: { presentation: deckPresentation(deck), start: 0 },
    global: { ...global, provide: { ...global.provide, [PRESENT_SERVICES as symbol]: services } },
    attachTo: document.body,
  })
  await flushPromises()
  return { h, replace, moveTo }
}

describe('the audience view follows the console, then its address follows the slide', () => {
  it('shows the new slide before it changes the address, and changes it after that frame', async () => {
    const { h, replace, moveTo } = await openAudience()
    expect(wrapper!.find('.slide').text()).toContain('Slide number 1')

    moveTo(2, 1)
    await nextTick()
    // The room sees slide 3 in this render; the address (a route change, which re-renders
    // the view) has not been touched yet, so it cannot hold that frame back.
    expect(wrapper!.find('.slide').text()).toContain('Slide number 3')
    expect(document.title).toBe('Slide number 3 · Leg cramps after sex')
    expect(replace).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(h.router.currentRoute.value.path).toBe('/present/leg-cramps/3'))
    expect(replace).toHaveBeenCalledTimes(1)
  })

  it('changes the address once for the slide it ends on when several arrive before a frame', async () => {
    const { h, replace, moveTo } = await openAudience()
    moveTo(1, 1)
    await nextTick()
    moveTo(2, 2)
    await nextTick()
    await vi.waitFor(() => expect(h.router.currentRoute.value.path).toBe('/present/leg-cramps/3'))
    // Give a stale second change the time it would need to land, then check there was none.
    await new Promise((done) => setTimeout(done, 50))
    expect(replace.mock.calls.map(([path]) => path)).toEqual(['/present/leg-cramps/3'])
  })
})
