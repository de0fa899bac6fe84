import { describe, expect, it } from 'vitest'
import {
  buildReferences,
  formatCitation,
  shortCitation,
} from '@shared/content/compile/bibliography'
import type { BibliographyEntry } from '@shared/content/parse/schemas/bibliography'

const miller: BibliographyEntry = {
  key: 'miller2022',
  authors: 'Miller KC, McDermott BP',
  title: 'A review of exercise-associated muscle cramps',
  source: 'J Athl Train',
  year: 2022,
  details: '57:5–15',
  kind: 'review',
}
const entry = (fields: Partial<BibliographyEntry>): BibliographyEntry => ({ ...miller, ...fields })

describe('formatCitation', () => {
  it('writes a Vancouver citation: authors, title, source, year;details', () => {
    expect(formatCitation(miller)).toBe(
      'Miller KC, McDermott BP. A review of exercise-associated muscle cramps. J Athl Train. 2022;57:5–15.',
    )
  })

  it('leaves out the details when there are none', () => {
    expect(formatCitation(entry({ details: undefined }))).toBe(
      'Miller KC, McDermott BP. A review of exercise-associated muscle cramps. J Athl Train. 2022.',
    )
  })

  it('does not add a full stop after a title that already ends a sentence', () => {
    expect(formatCitation(entry({ title: 'Do cramps follow sex?', details: undefined }))).toBe(
      'Miller KC, McDermott BP. Do cramps follow sex? J Athl Train. 2022.',
    )
    expect(formatCitation(entry({ title: 'Cramps.', details: undefined }))).toContain(
      'McDermott BP. Cramps. J Athl',
    )
  })

  it('writes n.d. in place of the year of an undated source', () => {
    expect(formatCitation(entry({ year: 'n.d.' }))).toContain('J Athl Train. n.d.;57:5–15.')
  })

  // Regression (fixed; src/shared/content/compile/bibliography.ts): the closing full stop is added after the year
  // unconditionally, so an undated source without details ends "n.d.." (ten real entries do).
  it('ends an undated citation without details with a single full stop', () => {
    expect(formatCitation(entry({ year: 'n.d.', details: undefined }))).toBe(
      'Miller KC, McDermott BP. A review of exercise-associated muscle cramps. J Athl Train. n.d.',
    )
  })
})

describe('shortCitation', () => {
  it.each([
    ['Schwellnus MP', 2009, 'Schwellnus 2009'],
    ['Miller KC, McDermott BP', 2022, 'Miller et al. 2022'],
    ['Garrison SR, et al', 2020, 'Garrison et al. 2020'],
    ['Krüger THC', 2003, 'Krüger 2003'],
    [
      'National Institute for Health and Care Excellence',
      2017,
      'National Institute for Health and Care Excellence 2017',
    ],
    ['NHS', 2023, 'NHS 2023'],
  ])('shortens "%s" (%s) to "%s"', (authors, year, short) => {
    expect(shortCitation(entry({ authors, year }))).toBe(short)
  })

  it('prefers the short form the bibliography gives', () => {
    expect(shortCitation(entry({ short: 'NICE NG73' }))).toBe('NICE NG73')
  })

  // Regression (fixed; src/shared/content/compile/bibliography.ts): the initials pattern /\s+[A-Z]{1,3}$/ also strips
  // an organisation name's final acronym, so "British Association for Sexual Health and HIV"
  // becomes "British Association for Sexual Health and 2019". (Real entries avoid it with `short`.)
  it('keeps an acronym that ends an organisation name', () => {
    expect(
      shortCitation(
        entry({ authors: 'British Association for Sexual Health and HIV', year: 2019 }),
      ),
    ).toBe('British Association for Sexual Health and HIV 2019')
  })
})

describe('buildReferences', () => {
  const bibliography = new Map<string, BibliographyEntry>([
    ['miller2022', miller],
    [
      'nice-ng73',
      entry({ key: 'nice-ng73', url: 'https://www.nice.org.uk/guidance/ng73', note: 'Guideline' }),
    ],
  ])

  it('numbers references in the order of the keys, with url and note when present', () => {
    expect(buildReferences(['nice-ng73', 'miller2022'], bibliography)).toMatchObject([
      {
        number: 1,
        key: 'nice-ng73',
        text: formatCitation(bibliography.get('nice-ng73')!),
        url: 'https://www.nice.org.uk/guidance/ng73',
        note: 'Guideline',
      },
      { number: 2, key: 'miller2022', text: formatCitation(miller) },
    ])
  })

  it('skips unknown keys but keeps the numbers the text already shows', () => {
    expect(
      buildReferences(['ghost', 'miller2022'], bibliography).map((r) => [r.number, r.key]),
    ).toEqual([[2, 'miller2022']])
  })
})
