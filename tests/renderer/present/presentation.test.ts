import { describe, expect, it } from 'vitest'
import {
  budgetsMs,
  deckPresentation,
  renumberCitations,
  sessionPresentation,
} from '@renderer/present/presentation'
import { referencePages } from '@shared/present/reference-pages'
import { parsePrintOptions, printHref } from '@shared/present/routes'
import type { ContentBundle, Deck, Slide } from '@shared/content/model'
import type { SavedSession } from '@shared/present/sessions'

const cite = (key: string, n: number) =>
  `<sup class="pa-cite"><span data-cite="${key}" data-ref="${n}" title="${key}">${n}</span></sup>`
const slide = (id: string, html: string, cites: string[], minutes = 2): Slide => ({
  id,
  title: id,
  kind: 'content',
  section: 'One',
  blocks: [{ kind: 'html', html }],
  steps: 0,
  notesHtml: '',
  minutes,
  cites,
})
const reference = (key: string, number: number) => ({
  number,
  key,
  text: `${key} text`,
  short: key,
})
const deckA: Deck = {
  id: 'a',
  title: 'A',
  minutes: 4,
  slides: [slide('one', `x${cite('k1', 1)}`, ['k1']), slide('two', `y${cite('k2', 2)}`, ['k2'])],
  references: [reference('k1', 1), reference('k2', 2)],
}
const deckB: Deck = {
  id: 'b',
  title: 'B',
  minutes: 2,
  slides: [slide('three', `z${cite('k2', 1)}${cite('k3', 2)}`, ['k2', 'k3'])],
  references: [reference('k2', 1), reference('k3', 2)],
}
const bundle = { decks: [deckA, deckB] } as unknown as ContentBundle
const session: SavedSession = {
  id: 's-one',
  name: 'Mixed',
  audience: '',
  targetMinutes: null,
  items: [
    { deck: 'b', slide: 'three' },
    { deck: 'a', slide: 'two' },
    { deck: 'a', slide: 'gone' },
  ],
  updatedAt: '2026-12-07T09:00:00.000Z',
}

describe('presentations from decks and sessions', () => {
  it('presents a deck as it is, keyed by deck and slide', () => {
    const p = deckPresentation(deckA)
    expect(p.key).toBe('deck:a')
    expect(p.slides.map((s) => s.key)).toEqual(['a/one', 'a/two'])
  })

  it('renumbers a session’s citations across decks and ends with its own references', () => {
    const p = sessionPresentation(session, bundle)
    expect(p.missing).toBe(1)
    expect(p.slides.map((s) => s.key)).toEqual(['b/three', 'a/two', 'session/references'])
    const html = (i: number) => (p.slides[i]!.slide.blocks[0] as { html: string }).html
    expect(html(0)).toBe(`z${cite('k2', 1)}${cite('k3', 2)}`)
    // k2 was number 2 in deck A; in the session it is 1, as first cited.
    expect(html(1)).toBe(`y${cite('k2', 1)}`)
    expect(html(2)).toContain('<li value="1">k2 text</li>')
    expect(html(2)).toContain('<li value="2">k3 text</li>')
  })

  it('leaves text that only looks like a citation alone', () => {
    expect(renumberCitations('data-cite is a word', () => 9)).toBe('data-cite is a word')
  })

  it('paces with a kept rehearsal timing where there is one, else the deck minutes', () => {
    expect(budgetsMs(deckPresentation(deckA), { 'a/two': 90 })).toEqual([120_000, 90_000])
  })

  it('splits references into slides that fit, in order', () => {
    const long = Array.from({ length: 20 }, (_, i) => ({
      ...reference(`r${i}`, i + 1),
      text: 'x'.repeat(200),
    }))
    const pages = referencePages(long)
    expect(pages.flat().map((r) => r.number)).toEqual(long.map((r) => r.number))
    expect(pages.every((p) => p.length >= 1 && p.length <= 6)).toBe(true)
  })

  it('reads print options from the address, with a safe default', () => {
    const source = { kind: 'deck' as const, id: 'a' }
    expect(printHref(source, { layout: 'handout', perPage: 2, lines: false })).toBe(
      '#/present/a/print?layout=handout&per=2&lines=0',
    )
    expect(parsePrintOptions({ layout: 'handout', per: '2', lines: '0' })).toEqual({
      layout: 'handout',
      perPage: 2,
      lines: false,
    })
    expect(parsePrintOptions({ layout: 'script' })).toEqual({ layout: 'script' })
    expect(parsePrintOptions({ per: '7' })).toEqual({ layout: 'handout', perPage: 3, lines: true })
  })
})
