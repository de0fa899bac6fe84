import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { ContentIndex } from '@renderer/content/content-index'
import { fixtureIndex } from './content'
import { RouteHost, at, globalFor, harness, type Harness } from './mount-app'

let index: ContentIndex
let h: Harness

beforeAll(async () => {
  index = await fixtureIndex()
})
beforeEach(() => {
  h = harness(index)
})

async function open(path: string): Promise<VueWrapper> {
  await at(h, path)
  const w = mount(RouteHost, { global: globalFor(h) })
  await flushPromises()
  return w
}

const names = (w: VueWrapper, list: 'hormones' | 'conditions'): string[] =>
  w.findAll(`section[aria-labelledby="${list}-title"] .entries__name`).map((a) => a.text())
const shown = (w: VueWrapper) => [names(w, 'hormones'), names(w, 'conditions')]
const clearButton = (w: VueWrapper) => w.findAll('button').find((b) => b.text() === 'Clear filters')

describe('ReferenceIndexView', () => {
  it('lists hormones and conditions, each linking to its entry', async () => {
    const w = await open('/reference')
    expect(shown(w)).toEqual([['Oxytocin'], ['Exercise-associated muscle cramp']])
    expect(w.find('.entries__name').attributes('href')).toBe('/reference/hormones/oxytocin')
    expect(w.find('[role="status"]').text()).toBe('1 hormones and 1 conditions shown')
    expect(clearButton(w)).toBeUndefined()
  })

  it('narrows both lists by strength of evidence', async () => {
    const w = await open('/reference')
    const [, evidence] = w.findAll('select')
    await evidence!.setValue('low')
    expect(shown(w)).toEqual([['Oxytocin'], []])
    expect(w.text()).toContain('No conditions match these filters.')
    await evidence!.setValue('moderate')
    expect(shown(w)).toEqual([[], ['Exercise-associated muscle cramp']])
    expect(w.text()).toContain('No hormones match these filters.')
  })

  it('narrows both lists by class or category', async () => {
    const w = await open('/reference')
    const [group] = w.findAll('select')
    await group!.setValue('musculoskeletal')
    expect(shown(w)).toEqual([[], ['Exercise-associated muscle cramp']])
    await group!.setValue('peptide-hormone')
    expect(shown(w)).toEqual([['Oxytocin'], []])
  })

  it('combines filters, and "Clear filters" resets every one of them', async () => {
    const w = await open('/reference')
    const [group, evidence] = w.findAll('select')
    await w.find('input[type="search"]').setValue('orgasm')
    expect(shown(w)).toEqual([['Oxytocin'], []])
    await group!.setValue('peptide-hormone')
    await evidence!.setValue('high')
    expect(shown(w)).toEqual([[], []])
    await clearButton(w)!.trigger('click')
    expect(shown(w)).toEqual([['Oxytocin'], ['Exercise-associated muscle cramp']])
    expect((w.find('input[type="search"]').element as HTMLInputElement).value).toBe('')
    expect(w.findAll('select').map((s) => (s.element as HTMLSelectElement).value)).toEqual(['', ''])
    expect(clearButton(w)).toBeUndefined()
  })
})

describe('ReferenceEntryView', () => {
  it('shows the entry with its facts', async () => {
    const w = await open('/reference/conditions/muscle-cramp')
    expect(w.find('h1').text()).toBe('Exercise-associated muscle cramp')
    const facts = w
      .findAll('.entry__facts > div')
      .map((d) => `${d.find('dt').text()}: ${d.find('dd').text()}`)
    expect(facts).toEqual([
      'Category: Musculoskeletal',
      'When suspected: Routine',
      'Strength of evidence: Moderate',
    ])
    expect(document.title).toBe('Exercise-associated muscle cramp · Postcoital Atlas')
  })

  it('lists where the entry is mentioned, grouped by module or table, with working links', async () => {
    const w = await open('/reference/conditions/muscle-cramp')
    const groups = w.findAll('.entry__aside .mentions').map((g) => ({
      context: g.find('.mentions__context').text(),
      links: g.findAll('a').map((a) => [a.text(), a.attributes('href')]),
    }))
    expect(groups).toEqual([
      {
        context: 'Leg cramps after sex',
        links: [
          [
            'Causes and differential diagnosis',
            '/modules/leg-cramps/causes-and-differential-diagnosis',
          ],
          ['Red flags', '/modules/leg-cramps/red-flags'],
        ],
      },
      {
        context: 'Cramp and its mimics',
        links: [
          ['Cramp and its mimics', '/compare/cramp-table'],
          ['Muscle cramp', '/compare/cramp-table'],
        ],
      },
    ])
    for (const [, href] of groups.flatMap((g) => g.links)) {
      expect(h.router.resolve(href!).name, href).not.toBe('not-found')
    }
  })

  it('uses the hormone route for hormones and links its teaching modules', async () => {
    const w = await open('/reference/hormones/oxytocin')
    expect(w.find('h1').text()).toBe('Oxytocin')
    expect(w.find('.entry__aside').text()).toContain('Physiology')
    const modules = w.findAll('.entry__aside > ul').at(-1)!.findAll('a')
    expect(modules.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Leg cramps after sex', '/modules/leg-cramps'],
    ])
  })

  it('says so when the entry does not exist, or is of the other kind', async () => {
    const w = await open('/reference/hormones/muscle-cramp')
    expect(w.find('h1').text()).toBe('Entry not found')
    expect(w.text()).toContain('There is no hormone called “muscle-cramp”.')
  })
})
