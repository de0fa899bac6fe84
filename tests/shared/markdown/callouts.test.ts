import { describe, expect, it } from 'vitest'
import { lineOf, parseHtml, readFixture, render } from './render-fixture'

const source = readFixture('callouts')

describe('teaching callouts', () => {
  const { html } = render(source)
  const dom = parseHtml(html)

  it.each([
    ['key-point', 'Key point', null, 'Stretch the muscle first.'],
    ['pearl', 'Clinical pearl', 'Ask about <timing> & “position”', 'Cramps that wake people'],
    ['red-flag', 'Red flag', 'Sudden severe pain', 'Call an ambulance.'],
  ])(
    'renders a %s as a labelled note with its title and Markdown body',
    (kind, label, title, body) => {
      const box = dom.querySelector(`.pa-callout--${kind}`)!
      expect(box.getAttribute('role')).toBe('note')
      expect(box.getAttribute('aria-label')).toBe(label)
      expect(box.querySelector('.pa-callout__label')!.textContent).toBe(label)
      expect(box.querySelector('.pa-callout__title')?.textContent ?? null).toBe(title)
      expect(box.querySelector('p:last-child')!.textContent).toContain(body)
    },
  )

  it('escapes the title so it cannot add markup', () => {
    expect(html).toContain('Ask about &lt;timing&gt; &amp; “position”')
    expect(dom.querySelector('.pa-callout--pearl timing')).toBeNull()
  })

  it('gives a title the quotes body text gets, and keeps every other character as written', () => {
    // Emphasis, citations, cross-links, backslashes and the typographer's dashes and
    // ellipses stay as typed: a title is text, only its quotes are typeset.
    const titles = [...dom.querySelectorAll('.pa-callout--key-point .pa-callout__title')]
    expect(titles.map((t) => t.textContent)).toEqual([
      'Say “we don’t know” *yet* [@key] [[module:leg-cramps]] \\ & <b> -- (c) ...',
    ])
    expect(titles[0]!.children).toHaveLength(0)
  })
})

describe('myth-versus-evidence blocks', () => {
  const { html, env } = render(source)
  const myths = [...parseHtml(html).querySelectorAll('.pa-callout--myth')]

  it.each([
    { index: 0, rating: 'wrong', words: 'Wrong', claim: 'Dehydration causes every cramp' },
    { index: 1, rating: 'unsupported', words: 'Unsupported', claim: 'Bananas prevent cramps' },
    { index: 2, rating: 'contested', words: 'Contested', claim: 'Magnesium helps' },
    {
      index: 3,
      rating: 'overstated',
      words: 'Overstated',
      claim: 'Orgasm floods the body with oxytocin',
    },
  ])('shows the "$rating" rating in words beside the claim', ({ index, rating, words, claim }) => {
    const myth = myths[index]!
    const badge = myth.querySelector('.pa-myth__rating')!
    expect(badge.textContent).toBe(words)
    expect(badge.getAttribute('class')).toContain(`pa-myth__rating--${rating}`)
    expect(myth.querySelector('.pa-myth__text')!.textContent).toBe(claim)
    expect(myth.querySelector('.pa-myth__evidence')!.textContent).toContain(
      'What the evidence says',
    )
  })

  it('gives a claim curly quotes, single inside the quotation marks it is shown in', () => {
    expect(myths[6]!.querySelector('.pa-myth__text')!.textContent).toBe(
      'The surge is a proven ‘off switch’ for the refractory period',
    )
    const { html } = render(`::: myth wrong It's 'always' "reflected" pain\n\nNo.\n:::\n`)
    expect(parseHtml(html).querySelector('.pa-myth__text')!.textContent).toBe(
      'It’s ‘always’ ‘reflected’ pain',
    )
  })

  it('shows an unknown rating as "Unrated" and records it with its line', () => {
    const myth = myths[4]!
    expect(myth.querySelector('.pa-myth__rating')!.textContent).toBe('Unrated')
    expect(myth.querySelector('.pa-myth__rating')!.getAttribute('class')).toContain(
      'pa-myth__rating--unrated',
    )
    expect(env.problems).toContainEqual({
      line: lineOf(source, 'myth mythical'),
      field: 'myth',
      message: expect.stringContaining(
        '"mythical" is not one of wrong, unsupported, contested, overstated',
      ),
    })
  })

  it('records a myth with a rating but no claim', () => {
    expect(env.problems).toContainEqual({
      line: source.split('\n').indexOf('::: myth wrong'),
      field: 'myth',
      message: 'the claim is missing after the rating',
    })
  })

  it('records nothing for well-formed myths', () => {
    const { env: clean } = render('::: myth wrong Claim\nEvidence.\n:::\n')
    expect(clean.problems).toEqual([])
  })

  // Regression (fixed; src/shared/markdown/plugins/callouts.ts): the rating is checked with `rating in
  // MYTH_RATINGS`, which also accepts Object.prototype names, so "::: myth constructor …" is
  // taken as known, shows "function Object() { [native code] }" as its rating and is not reported.
  it('treats Object.prototype names such as "constructor" as unknown ratings', () => {
    const { html: proto, env: protoEnv } = render('::: myth constructor A claim\nEvidence.\n:::\n')
    expect(parseHtml(proto).querySelector('.pa-myth__rating')!.textContent).toBe('Unrated')
    expect(protoEnv.problems).toHaveLength(1)
  })
})
