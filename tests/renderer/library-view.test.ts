import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { ContentIndex } from '@renderer/content/content-index'
import { contentFromBundle } from '@renderer/content/bundle-content'
import { useHandoutPanelStore } from '@renderer/stores/handout-panel-store'
import { compileFiles, readFixtureFiles, withSecondModule } from './content'
import { RouteHost, at, globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let h: Harness

beforeAll(async () => {
  index = await contentFromBundle(compileFiles(withSecondModule(await readFixtureFiles())))
})
beforeEach(() => {
  h = harness(index)
})

async function openLibrary() {
  await at(h, '/')
  const w = mount(RouteHost, { global: globalFor(h) })
  await flushPromises()
  return w
}

describe('LibraryView', () => {
  it('shows one card per teaching module, in content order', async () => {
    const w = await openLibrary()
    const cards = w.findAll('ul[aria-label="Modules"] > li > article.card')
    expect(cards.map((c) => c.find('h2').text())).toEqual(['Leg cramps after sex', 'Night cramps'])
  })

  it('gives each card its title link, summary, teaching time and self-check size', async () => {
    const w = await openLibrary()
    const card = w.find('article[aria-labelledby="card-night-cramps"]')
    expect(card.find('h2 a').attributes('href')).toBe('/modules/night-cramps')
    expect(card.find('.card__summary').text()).toBe(
      'A second fixture module about calf cramps after sex, used by the tests.',
    )
    const meta = card
      .findAll('.card__meta > div')
      .map((d) => [d.find('dt').text(), d.find('dd').text()])
    expect(meta).toEqual([
      ['Teaching time', '35 min'],
      ['Last reviewed', '10 Jan 2026'],
      ['Self-check', '5 questions'],
    ])
    expect(w.find('article[aria-labelledby="card-leg-cramps"] dd').text()).toBe('22 min')
  })

  it('has a "Patient handout…" button on every card that opens that handout', async () => {
    const w = await openLibrary()
    const buttons = w.findAll('button.card__handout')
    expect(buttons.map((b) => [b.text(), b.attributes('aria-label')])).toEqual([
      ['Patient handout…', 'Patient handout: Leg cramps after sex'],
      ['Patient handout…', 'Patient handout: Night cramps'],
    ])
    await buttons[1]!.trigger('click')
    expect(useHandoutPanelStore().topicId).toBe('night-cramps')
  })
})
