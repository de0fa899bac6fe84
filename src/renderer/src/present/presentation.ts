import type { Deck, Reference, Slide } from '@shared/content/model'
import type { SavedSession } from '@shared/present/sessions'
import type { PresentationSource } from '@shared/present/routes'
import { referencePages, referencesHtml, referencesTitle } from '@shared/present/reference-pages'

/** A slide as presented: where it came from and its budget (the deck's, or a kept one). */
export interface PresentedSlide {
  /** "<deck>/<slide-id>": how timings and sessions name the slide. */
  key: string
  deck: string
  slide: Slide
}

/** What the views present: a deck, or a session assembled from several decks. */
export interface Presentation {
  /** "deck:<id>" or "session:<id>": the sync channel and the timings key. */
  key: string
  source: PresentationSource
  title: string
  slides: PresentedSlide[]
  /** Session slides whose deck or slide no longer exists (skipped, and said so). */
  missing: number
}

export const slideKeyOf = (deck: string, slide: string): string => `${deck}/${slide}`

/** The decks a presentation is built from: the ones it uses, loaded (or a whole bundle). */
export interface DeckSet {
  decks: Deck[]
}

export function findDeck(bundle: DeckSet, id: string): Deck | undefined {
  return bundle.decks.find((d) => d.id === id)
}

/** A module's deck as a presentation. */
export function deckPresentation(deck: Deck): Presentation {
  return {
    key: `deck:${deck.id}`,
    source: { kind: 'deck', id: deck.id },
    title: deck.title,
    slides: deck.slides.map((slide) => ({
      key: slideKeyOf(deck.id, slide.id),
      deck: deck.id,
      slide,
    })),
    missing: 0,
  }
}

/** Rewrites a slide's citation numbers (compiled per deck) to the session's numbering. */
export function renumberCitations(html: string, numberOf: (key: string) => number): string {
  return html.replace(
    /data-cite="([^"]+)" data-ref="\d+"((?: title="[^"]*")?)>\d+</g,
    (_match, key: string, title: string) => {
      const n = numberOf(key)
      return `data-cite="${key}" data-ref="${n}"${title}>${n}<`
    },
  )
}

function renumberSlide(slide: Slide, numberOf: (key: string) => number): Slide {
  return {
    ...slide,
    notesHtml: renumberCitations(slide.notesHtml, numberOf),
    blocks: slide.blocks.map((block) =>
      block.kind === 'compare'
        ? {
            ...block,
            citesHtml: Object.fromEntries(
              Object.entries(block.citesHtml).map(([row, html]) => [
                row,
                renumberCitations(html, numberOf),
              ]),
            ),
          }
        : block.kind === 'flow'
          ? { ...block, items: block.items.map((item) => renumberCitations(item, numberOf)) }
          : { ...block, html: renumberCitations(block.html, numberOf) },
    ),
  }
}

/**
 * A saved session as a presentation: its slides in order, citations renumbered across decks,
 * and references slides for everything cited, as a deck has.
 */
export function sessionPresentation(session: SavedSession, bundle: DeckSet): Presentation {
  const found: PresentedSlide[] = []
  let missing = 0
  for (const item of session.items) {
    const slide = findDeck(bundle, item.deck)?.slides.find((s) => s.id === item.slide)
    if (slide && slide.kind !== 'references')
      found.push({ key: slideKeyOf(item.deck, slide.id), deck: item.deck, slide })
    else missing++
  }
  const byKey = new Map<string, Reference>()
  for (const deck of bundle.decks) for (const r of deck.references) byKey.set(r.key, r)
  const order: string[] = []
  for (const { slide } of found)
    for (const key of slide.cites) if (!order.includes(key) && byKey.has(key)) order.push(key)
  const numberOf = (key: string) => order.indexOf(key) + 1
  const references = order.map((key, i) => ({ ...byKey.get(key)!, number: i + 1 }))
  const pages = referencePages(references)
  const referenceSlides: PresentedSlide[] = pages.map((page, index) => {
    const id = index ? `references-${index + 1}` : 'references'
    return {
      key: slideKeyOf('session', id),
      deck: 'session',
      slide: {
        id,
        title: referencesTitle(index, pages.length),
        kind: 'references',
        section: 'References',
        blocks: [{ kind: 'html', html: referencesHtml(page) }],
        steps: 0,
        notesHtml: '',
        minutes: 0,
        cites: page.map((r) => r.key),
      },
    }
  })
  return {
    key: `session:${session.id}`,
    source: { kind: 'session', id: session.id },
    title: session.name,
    slides: [
      ...found.map((s) => ({ ...s, slide: renumberSlide(s.slide, numberOf) })),
      ...referenceSlides,
    ],
    missing,
  }
}

/** Each slide's budget in milliseconds: a kept rehearsal timing, else the deck's minutes. */
export function budgetsMs(
  presentation: Presentation,
  kept: Readonly<Record<string, number>>,
): number[] {
  return presentation.slides.map(({ key, slide }) => {
    const seconds = kept[key]
    return seconds === undefined ? slide.minutes * 60_000 : seconds * 1000
  })
}
