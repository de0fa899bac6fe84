import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { SourceFile } from '@shared/content/compile-content'
import type { ContentIndex } from '@renderer/content/content-index'
import { contentFromBundle } from '@renderer/content/bundle-content'
import { useHandoutPanelStore } from '@renderer/stores/handout-panel-store'
import { compileFiles, readFixtureFiles, withFile } from './content'
import { RouteHost, at, globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let h: Harness

/** Replaces `from` in a text, refusing to go on if the fixture no longer contains it. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture changed: "${from}" not found`)
  return text.replace(from, to)
}

/** The fixture corpus plus a second module ("Night cramps", 35 min) copied from the first. */
function withSecondModule(files: SourceFile[]): SourceFile[] {
  const text = (path: string): string => files.find((f) => f.path === path)!.text
  let topic = swap(text('topics/leg-cramps.md'), 'id: leg-cramps', 'id: night-cramps')
  topic = swap(topic, 'title: Leg cramps after sex', 'title: Night cramps')
  topic = swap(topic, 'summary: A fixture module', 'summary: A second fixture module')
  topic = swap(topic, 'teachingMinutes: 22', 'teachingMinutes: 35')
  topic = swap(topic, '::: notes 2', '::: notes 15')
  const quiz = swap(text('quizzes/leg-cramps.yaml'), 'topic: leg-cramps', 'topic: night-cramps')
  const handout = swap(text('handouts/leg-cramps.md'), 'topic: leg-cramps', 'topic: night-cramps')
  const pemat = swap(
    text('handouts/leg-cramps.pemat.yaml'),
    'topic: leg-cramps',
    'topic: night-cramps',
  )
  return [
    ['topics/night-cramps.md', topic],
    ['quizzes/night-cramps.yaml', quiz],
    ['handouts/night-cramps.md', handout],
    ['handouts/night-cramps.pemat.yaml', pemat],
  ].reduce((all, [path, body]) => withFile(all, path!, body!), files)
}

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
