import { beforeAll, describe, expect, it } from 'vitest'
import type { ContentBundle } from '@shared/content/model'
import type { SearchIndexFile } from '@shared/search/index-file'
import { SEARCH_KINDS } from '@shared/search/kinds'
import { searchDocuments } from '@shared/search/documents'
import type { Searcher, SearchHit } from '@shared/search/searcher'
import type { Segment } from '@shared/search/snippet'
import { realSearch } from './real-search'

let bundle: ContentBundle
let file: SearchIndexFile
let searcher: Searcher
// Compiling all content and building its index takes seconds on a busy two-core machine.
beforeAll(async () => {
  ;({ bundle, file, searcher } = await realSearch())
}, 60_000)

const first = (query: string): string | undefined => searcher.search(query).hits[0]?.id
/** A snippet's or title's text ('' for a snippet whose text was not read: none here). */
const text = (segments: Segment[] | null): string => (segments ?? []).map((s) => s.text).join('')
/** The marked words (a mark may hold several neighbouring words). */
const marked = (segments: Segment[] | null): string[] =>
  (segments ?? []).filter((s) => s.mark).flatMap((s) => s.text.toLowerCase().split(/[\s\-/]+/))

describe('search over the real content: clinical words', () => {
  // Issue 10's list, and words a clinician or patient types: each finds its entry first.
  it.each([
    ['CES', 'condition:cauda-equina-syndrome'],
    ['ces', 'condition:cauda-equina-syndrome'],
    ['cauda equina syndrome', 'condition:cauda-equina-syndrome'],
    ['PID', 'condition:pelvic-inflammatory-disease'],
    ['CP/CPPS', 'condition:chronic-prostatitis-cpps'],
    ['CPPS', 'condition:chronic-prostatitis-cpps'],
    ['POIS', 'condition:post-orgasmic-illness-syndrome'],
    ['BFS', 'condition:benign-fasciculation-syndrome'],
    ['RLS', 'condition:restless-legs-syndrome'],
    ['EAMC', 'condition:exercise-associated-muscle-cramp'],
    ['UTI', 'condition:uti-pyelonephritis'],
    ['SAH', 'condition:sexual-headache'],
    ['RCVS', 'condition:sexual-headache'],
    ['DVT', 'condition:deep-vein-thrombosis'],
    ['painful sex', 'condition:dyspareunia'],
    ['come', 'module:cramps-after-orgasm'],
    ['climax', 'module:cramps-after-orgasm'],
    ['period pain', 'condition:endometriosis'],
    ['twitch', 'module:leg-twitching-after-sex'],
    ['coil', 'section:cramps-after-sex#causes-and-differential-diagnosis'],
    ['IUD', 'section:cramps-after-sex#causes-and-differential-diagnosis'],
    ['charley horse', 'condition:exercise-associated-muscle-cramp'],
    ['slipped disc', 'condition:lumbar-back-pain'],
    ['saddle numbness', 'condition:cauda-equina-syndrome'],
    ['semen allergy', 'condition:seminal-plasma-hypersensitivity'],
    ['5-HT', 'hormone:serotonin'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it('finds the first target of every synonyms.yaml term, and of every entry alias, first', () => {
    const missed: string[] = []
    for (const group of file.groups) {
      for (const term of group.terms) {
        const found = first(term)
        if (found !== group.targets[0]) missed.push(`${term} → ${found}, not ${group.targets[0]}`)
      }
    }
    expect(missed).toEqual([])
    expect(file.groups.reduce((n, g) => n + g.terms.length, 0)).toBeGreaterThan(200)
  }, 30_000)

  it('puts what a group means near the top too (an entry titled with the word may lead)', () => {
    for (const group of file.groups) {
      const top = searcher.search(group.means, { limit: 3 }).hits.map((h) => h.id)
      expect(top, group.means).toContain(group.targets[0])
    }
  })

  it('says what an abbreviation or lay word means', () => {
    expect(searcher.search('SAH').meanings).toEqual([
      { typed: 'SAH', means: 'subarachnoid haemorrhage' },
    ])
    expect(searcher.search('ces back pain').meanings).toEqual([
      { typed: 'ces', means: 'Cauda equina syndrome' },
    ])
    expect(searcher.search('period pain').meanings).toEqual([
      { typed: 'period pain', means: 'dysmenorrhoea' },
    ])
    expect(searcher.search('cauda equina syndrome').meanings).toEqual([])
  })

  it('searches for what an abbreviation means: sections that spell it out are found', () => {
    const hits = searcher.search('SAH', { limit: 50 }).hits
    expect(hits.length).toBeGreaterThan(3)
    for (const hit of hits.slice(1, 4))
      expect(text(hit.snippet).toLowerCase()).toContain('subarachnoid haemorrhage')
  })

  it('finds US spellings in British text', () => {
    const hit = searcher.search('hemorrhage', { limit: 1 }).hits[0]!
    expect(marked(hit.snippet)).toContain('haemorrhage')
    expect(first('dysmenorrhea')).toBe(first('dysmenorrhoea'))
    expect(first('estrogen')).toBe(first('oestrogen'))
  })
})

describe('search: typing and typos', () => {
  it.each([
    ['endometriossis', 'condition:endometriosis'], // a letter added
    ['endometrosis', 'condition:endometriosis'], // a letter missed
    ['endometriosys', 'condition:endometriosis'], // a letter wrong
    ['prolactni', 'hormone:prolactin'], // two letters swapped
    ['prolacitn', 'hormone:prolactin'],
    ['cauda equina syndrom', 'condition:cauda-equina-syndrome'],
    ['dysparuenia', 'condition:dyspareunia'],
    ['vasopresin', 'hormone:vasopressin'],
    ['Peyronies', 'condition:peyronies-disease'],
  ])('a one-edit typo still finds the entry: %s', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it('matches a word still being typed', () => {
    expect(first('endometr')).toBe('condition:endometriosis')
    expect(first('prolac')).toBe('hormone:prolactin')
  })

  it('ignores case, accents, punctuation and spaces around', () => {
    expect(first('  PROLACTIN ')).toBe('hormone:prolactin')
    expect(first('prolactín')).toBe('hormone:prolactin')
    expect(first('β-endorphin')).toBe('hormone:beta-endorphin')
    expect(first('beta endorphin')).toBe('hormone:beta-endorphin')
  })

  it('searches nothing for one letter or only common words', () => {
    expect(searcher.search('e').total).toBe(0)
    expect(searcher.search('the and of').total).toBe(0)
  })
})

describe('search: what is indexed and how results come back', () => {
  it('indexes every kind: modules, sections, entries, tables, handouts, quizzes and slides', () => {
    const kinds = new Set(
      [
        'cramps after orgasm',
        'red flags',
        'triage',
        'prolactin',
        'endometriosis',
        'twitch',
      ].flatMap((q) => searcher.search(q, { limit: 200 }).hits.map((h) => h.kind)),
    )
    expect([...kinds].sort()).toEqual([...SEARCH_KINDS].sort())
    const slides = bundle.decks.flatMap((d) => d.slides.filter((s) => s.kind !== 'references'))
    const quiz = bundle.topics.flatMap((t) => t.quiz)
    expect(searcher.documentCount).toBe(
      bundle.topics.length * 1 +
        bundle.topics.reduce((n, t) => n + t.sections.length, 0) +
        bundle.conditions.length +
        bundle.hormones.length +
        bundle.comparisons.length +
        bundle.handouts.length +
        quiz.length +
        slides.length,
    )
  })

  it('finds a slide by its title and opens the audience view at that slide', () => {
    const deck = bundle.decks.find((d) => d.id === 'leg-twitching-after-sex')!
    const n = deck.slides.findIndex((s) => s.title === 'What a twitch is') + 1
    const hit = searcher.search('what a twitch is', { kind: 'slide' }).hits[0]!
    expect(hit).toMatchObject({
      id: `slide:leg-twitching-after-sex#${n}`,
      href: `#/present/leg-twitching-after-sex/${n}`,
    })
  })

  it('finds a handout, and says which module panel to open', () => {
    const hit = searcher.search('cramps after orgasm', { kind: 'handout' }).hits[0]!
    expect(hit).toMatchObject({
      kind: 'handout',
      handout: 'cramps-after-orgasm',
      href: '#/modules/cramps-after-orgasm',
    })
  })

  it('finds self-check questions and opens the module at its self-check', () => {
    const hit = searcher.search('hyponatraemia', { kind: 'quiz' }).hits[0]!
    expect(hit.href).toMatch(/^#\/modules\/[a-z-]+\/self-check$/)
  })

  it('counts every kind, filters by kind and honours the limit', () => {
    const all = searcher.search('pain', { limit: 500 })
    expect(Object.values(all.counts).reduce((a, b) => a + b, 0)).toBe(all.total)
    expect(all.hits).toHaveLength(all.total)
    const sections = searcher.search('pain', { kind: 'section', limit: 500 })
    expect(sections.hits.every((h) => h.kind === 'section')).toBe(true)
    expect(sections.hits).toHaveLength(all.counts.section)
    expect(sections.total).toBe(all.total)
    expect(searcher.search('pain', { limit: 3 }).hits).toHaveLength(3)
  })

  it('takes a few of each kind, best first, for the results page', () => {
    const all = searcher.search('pain', { limit: 500 })
    const few = searcher.search('pain', { limit: 500, perKind: 2 })
    expect(few.total).toBe(all.total)
    for (const kind of SEARCH_KINDS) {
      const best = all.hits.filter((h) => h.kind === kind).slice(0, 2)
      expect(few.hits.filter((h) => h.kind === kind).map((h) => h.id)).toEqual(
        best.map((h) => h.id),
      )
    }
  })

  it('marks the matched words in the title and a snippet around them', () => {
    const hit = searcher.search('pudendal nerve', { limit: 1 }).hits[0]!
    expect(hit.id).toBe('condition:pudendal-neuralgia')
    expect(marked(hit.titleParts)).toEqual(['pudendal'])
    expect(marked(hit.snippet)).toEqual(expect.arrayContaining(['pudendal', 'nerve']))
    expect(text(hit.snippet).length).toBeLessThanOrEqual(170)
    // The snippet is the text itself, cut between words, with an ellipsis where cut.
    const inner = text(hit.snippet).replace(/^… /, '').replace(/ …$/, '')
    expect(searchDocuments(bundle).find((doc) => doc.id === hit.id)?.text).toContain(inner)
    expect(inner).toMatch(/^\S/)
  })

  it('marks neighbouring matched words as one phrase', () => {
    const hit = searcher.search('cauda equina syndrome', { limit: 1 }).hits[0]!
    expect(hit.titleParts).toEqual([{ text: 'Cauda equina syndrome', mark: true }])
  })

  it('marks what an abbreviation means where it is spelt out, not each of its words anywhere', () => {
    let spelt = 0
    for (const hit of searcher.search('PID', { limit: 40 }).hits)
      for (const segments of [hit.titleParts, hit.snippet])
        for (const mark of (segments ?? []).filter((s) => s.mark)) {
          // "pelvic" and "disease" are common here; alone, they are not what PID means.
          const words = mark.text.toLowerCase().split(/[\s\-/]+/)
          const meaning = words.filter((w) => /^(pelvic|inflammatory|disease)$/.test(w))
          if (!meaning.some((w) => w === 'pelvic' || w === 'disease')) continue
          expect(meaning.length, `${hit.id}: ${mark.text}`).toBeGreaterThanOrEqual(2)
          if (mark.text.toLowerCase() === 'pelvic inflammatory disease') spelt++
        }
    expect(spelt).toBeGreaterThan(5)
    // "syndrome" alone, in a title that is not cauda equina syndrome, is not what CES means.
    const cpps = searcher
      .search('CES', { limit: 40 })
      .hits.find((h) => h.id === 'condition:chronic-prostatitis-cpps')
    expect(cpps).toBeDefined()
    expect(marked(cpps!.titleParts)).toEqual([])
    expect(text(cpps!.snippet).toLowerCase()).toContain('cauda equina syndrome')
    // Two neighbouring words of the meaning are marked: "a cauda equina cause".
    const ces = searcher.search('CES', { limit: 1 }).hits[0]!
    expect(marked(ces.snippet)).toEqual(expect.arrayContaining(['cauda', 'equina']))
    // Typed, the same words are marked wherever they are.
    const typed = searcher.search('pelvic', { limit: 5 }).hits
    expect(typed.some((hit) => marked(hit.snippet).includes('pelvic'))).toBe(true)
  })

  it('marks only whole words that match (a prefix match marks the whole word)', () => {
    for (const hit of searcher.search('cramp', { limit: 30 }).hits) {
      for (const word of [...marked(hit.snippet), ...marked(hit.titleParts)])
        expect(word, hit.id).toMatch(/^cramp/)
    }
  })
})

describe('search: when nothing matches', () => {
  it('returns nothing for nonsense, and no suggestion it cannot back', () => {
    expect(searcher.search('xyzzy qwv').total).toBe(0)
    expect(searcher.suggest('xyzzy qwv')).toEqual({ didYouMean: null, closest: [] })
  })

  it('offers the closest matches when not every word matches', () => {
    expect(searcher.search('cauda equina xyzzy').total).toBe(0)
    const { closest } = searcher.suggest('cauda equina xyzzy')
    expect(closest[0]?.id).toBe('condition:cauda-equina-syndrome')
  })

  it('suggests a spelling that finds something', () => {
    const query = 'porlactinn surge'
    expect(searcher.search(query).total).toBe(0)
    const { didYouMean } = searcher.suggest(query)
    expect(didYouMean).toBe('prolactin surge')
    expect(searcher.search(didYouMean!).hits[0]?.id).toBe('hormone:prolactin')
  })
})

describe('search: every hit opens a real place', () => {
  it('has an href the app routes for every document', () => {
    const hits: SearchHit[] = SEARCH_KINDS.flatMap(
      (kind) => searcher.search('sex', { kind, limit: 1000 }).hits,
    )
    expect(hits.length).toBeGreaterThan(100)
    const topics = new Map(bundle.topics.map((t) => [t.id, t]))
    for (const hit of hits) {
      const section = /^#\/modules\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(hit.href)
      if (section) {
        expect(
          topics.get(section[1]!)?.sections.map((s) => s.slug),
          hit.href,
        ).toContain(section[2])
      } else {
        expect(hit.href, hit.id).toMatch(
          /^#\/(modules|reference\/conditions|reference\/hormones|compare|present\/[a-z0-9-]+)\/[a-z0-9-]+$/,
        )
      }
    }
  })
})
