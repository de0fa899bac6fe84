import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '@shared/content/compile-content'
import { compile, fixtureFiles, issue, lineIn, withFile } from './fixture-corpus'

const DECK = 'decks/leg-cramps.md'
const deckText = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/decks/leg-cramps.md'),
  'utf8',
)
const withDeck: SourceFile[] = withFile(fixtureFiles, DECK, deckText)

/** The corpus with the deck edited; throws when `from` is not in the deck. */
function editDeck(from: string, to: string): SourceFile[] {
  if (!deckText.includes(from)) throw new Error(`"${from}" is not in the deck`)
  return withFile(fixtureFiles, DECK, deckText.replace(from, to))
}
const deckLine = (files: SourceFile[], needle: string) => lineIn(files, DECK, needle)

describe('a deck', () => {
  it('compiles the fixture deck with no issues', () => {
    const { issues, bundle } = compile(withDeck)
    expect(issues).toEqual([])
    const deck = bundle.decks[0]!
    expect(deck.id).toBe('leg-cramps')
    expect(deck.minutes).toBe(22)
    expect(deck.slides.map((s) => [s.kind, s.section, s.steps, s.minutes])).toEqual([
      ['title', 'Opening', 0, 2],
      ['content', 'Opening', 0, 2],
      ['content', 'The evidence', 0, 4],
      ['figure', 'The evidence', 0, 3],
      ['compare', 'The evidence', 1, 3],
      ['question', 'Practice', 1, 3],
      ['red-flags', 'Practice', 0, 3],
      ['content', 'Practice', 0, 2],
      ['references', 'References', 0, 0],
    ])
  })

  it('splits a self-check into question and answer, and a flow into its boxes', () => {
    const slides = compile(withDeck).bundle.decks[0]!.slides
    const question = slides.find((s) => s.kind === 'question')!
    expect(question.blocks.map((b) => b.kind)).toEqual(['html', 'question', 'answer'])
    const flow = slides.find((s) => s.kind === 'figure')!.blocks[0]!
    expect(flow.kind === 'flow' && flow.items.length).toBe(3)
  })

  it('prints red flags as their short titles under tier headings, most urgent first', () => {
    const slide = compile(withDeck).bundle.decks[0]!.slides.find((s) => s.kind === 'red-flags')!
    const html = slide.blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('')
    expect(html.indexOf('data-tier="emergency"')).toBeLessThan(html.indexOf('data-tier="routine"'))
    expect(html).toContain('<li>Cramp with confusion</li>')
    // The clinician wording and what to do stay in the module.
    expect(html).not.toContain('Do now')
    expect(html).not.toMatch(/ id="/)
  })

  it('ends with a references slide numbered as the slides cite', () => {
    const deck = compile(withDeck).bundle.decks[0]!
    expect(deck.references.map((r) => r.key)).toEqual(['miller2022', 'garrison2020'])
    const last = deck.slides.at(-1)!
    expect(last.title).toBe('References')
    expect(last.cites).toEqual(['miller2022', 'garrison2020'])
  })

  it('moves medicine cautions from the slide into the notes', () => {
    const files = editDeck(
      '- Magnesium does not prevent cramps [@garrison2020]\n',
      '- Ibuprofen can ease the ache afterwards [@miller2022]\n\n::: cautions nsaids\n:::\n',
    )
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([])
    const slide = bundle.decks[0]!.slides[2]!
    expect(slide.notesHtml).toContain('data-medicine="nsaids"')
    expect(JSON.stringify(slide.blocks)).not.toContain('data-medicine')
  })
})

describe('deck checks', () => {
  it('refuses a slide over the word limit, on its heading', () => {
    const long = Array.from({ length: 41 }, (_, i) => `word${i}`).join(' ')
    const files = editDeck('Over to you\n\n::: ask\n', `Over to you\n\n::: ask\n${long}\n`)
    expect(compile(files).issues).toEqual([
      issue(
        DECK,
        deckLine(files, '## Over to you'),
        'words',
        'has 48 words; a slide holds at most 40',
      ),
    ])
  })

  it('counts neither notes, citations nor red flags printed from the data', () => {
    const files = editDeck('Name the emergency.', Array.from({ length: 60 }, () => 'say').join(' '))
    expect(compile(files).issues).toEqual([])
  })

  it('refuses a claim without a citation, and accepts it in a no-claim block', () => {
    const files = editDeck(
      '- Magnesium does not prevent cramps [@garrison2020]',
      '- Cramps are common',
    )
    expect(compile(files).issues).toEqual([
      issue(
        DECK,
        deckLine(files, 'Cramps are common'),
        'citation',
        '"Cramps are common" needs a citation',
      ),
    ])
  })

  it('needs one notes block with a budget on every slide', () => {
    let files = editDeck('::: notes 2\nClose the session.\n:::\n', '')
    expect(compile(files).issues).toEqual(
      expect.arrayContaining([
        issue(
          DECK,
          deckLine(files, '## Over to you'),
          'notes',
          'needs presenter notes with its budget',
        ),
      ]),
    )
    files = editDeck('::: notes 2\nClose the session.', '::: notes\nClose the session.')
    expect(compile(files).issues).toContainEqual(
      issue(DECK, deckLine(files, 'Close the session') - 1, 'notes', 'budget in whole minutes'),
    )
  })

  it('needs the budgets to add up to the deck minutes, within 10% of the module', () => {
    let files = editDeck('minutes: 22', 'minutes: 24')
    expect(compile(files).issues).toEqual([
      issue(DECK, 4, 'minutes', "is 24, but the slides' budgets add up to 22 minutes"),
    ])
    files = editDeck('::: notes 4\nExplain the model.', '::: notes 9\nExplain the model.')
    files = withFile(
      fixtureFiles,
      DECK,
      files.find((f) => f.path === DECK)!.text.replace('minutes: 22', 'minutes: 27'),
    )
    expect(compile(files).issues).toEqual([
      issue(DECK, 4, 'minutes', 'the module teaches in 22 minutes; keep within 10% (20–24)'),
    ])
  })

  it('names a deck whose module does not exist', () => {
    const files = withFile(
      fixtureFiles,
      'decks/no-such.md',
      deckText.replace('module: leg-cramps', 'module: no-such'),
    )
    const issues = compile(files).issues
    expect(issues).toContainEqual(issue('decks/no-such.md', 2, 'module', 'no module "no-such"'))
  })

  it('checks citations, table rows and columns like the module does', () => {
    let files = editDeck('[@garrison2020]', '[@nobody2020]')
    expect(compile(files).issues).toContainEqual(
      issue(
        DECK,
        deckLine(files, 'nobody2020'),
        'citation',
        '"nobody2020" is not in bibliography.yaml',
      ),
    )
    files = editDeck(
      'rows=cramp,fasciculation cols=pattern,evidence',
      'rows=cramp,nope cols=pattern,nope,urgency,evidence',
    )
    const line = deckLine(files, '::: compare')
    expect(compile(files).issues).toEqual(
      expect.arrayContaining([
        issue(DECK, line, 'compare', 'table "cramp-table" has no row "nope"'),
        issue(DECK, line, 'compare', 'table "cramp-table" has no column "nope"'),
        issue(DECK, line, 'compare', 'shows 4 columns; at most 3 fit'),
      ]),
    )
  })

  it('keeps red flags to the module and gives every emergency flag a slide', () => {
    const files = editDeck('cramp-confusion\nrecurrent-cramps', 'recurrent-cramps\nunknown-flag')
    expect(compile(files).issues).toEqual([
      issue(DECK, deckLine(files, '::: red-flags'), 'red-flags', 'unknown id "unknown-flag"'),
      issue(DECK, 1, 'red-flags', 'missing: cramp-confusion'),
    ])
  })

  it('needs cautions where a slide suggests a medicine, but not for a distractor', () => {
    const files = editDeck(
      '- Magnesium does not prevent cramps [@garrison2020]',
      '- Ibuprofen can ease the ache [@miller2022]',
    )
    expect(compile(files).issues).toEqual([
      issue(DECK, deckLine(files, 'Ibuprofen'), 'cautions', 'add "::: cautions nsaids"'),
    ])
  })

  it('pairs every question with an answer to reveal', () => {
    const files = editDeck('::: answer\n**Stretch** the muscle [@miller2022].\n:::\n', '')
    expect(compile(files).issues).toEqual([
      issue(
        DECK,
        deckLine(files, '## A case'),
        'question',
        'asks a question without an "::: answer"',
      ),
    ])
  })

  it('wants objectives that start with a measurable verb', () => {
    const files = editDeck('- Select a first-line measure.', '- Understand cramp.')
    expect(compile(files).issues).toEqual([
      issue(
        DECK,
        deckLine(files, 'Understand cramp'),
        'objectives',
        '"Understand" is not a measurable verb',
      ),
    ])
  })

  it('wants every slide under a section', () => {
    const files = editDeck('# Opening\n\n', '')
    expect(compile(files).issues).toContainEqual(
      issue(
        DECK,
        deckLine(files, '## Leg cramps after sex'),
        'section',
        'put slides under a "# Section" heading',
      ),
    )
  })
})
