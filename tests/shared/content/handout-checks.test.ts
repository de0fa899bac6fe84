import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn } from './fixture-corpus'

const HANDOUT = 'handouts/leg-cramps.md'
const PEMAT = 'handouts/leg-cramps.pemat.yaml'
const CALF = 'It often hits the calf.'

/** The handout with `insert` added after the first paragraph, and the line it starts on. */
function withInsert(insert: string) {
  const files = edit(fixtureFiles, HANDOUT, CALF, `${CALF}\n\n${insert}`)
  return { files, line: lineIn(fixtureFiles, HANDOUT, CALF) + 2 }
}

describe('patient handouts', () => {
  it('refuses a table, which the PDF cannot print', () => {
    const { files, line } = withInsert('| Do | Why |\n| - | - |\n| Stretch | It helps |\n')
    expect(compile(files).issues).toContainEqual(
      issue(
        HANDOUT,
        line,
        'handout',
        '"table" cannot be printed in a handout; use paragraphs, lists, bold and italics',
      ),
    )
  })

  it('refuses a teaching callout such as a clinical pearl', () => {
    const { files, line } = withInsert('::: pearl\nStretch.\n:::\n')
    expect(compile(files).issues).toContainEqual(
      issue(HANDOUT, line, 'handout', '"container_pearl" cannot be printed'),
    )
  })

  it('refuses a subheading, a link and inline code', () => {
    const { files, line } = withInsert('### More\n\nSee [NHS](https://www.nhs.uk) and `code`.\n')
    const issues = compile(files).issues
    expect(issues).toContainEqual(issue(HANDOUT, line, 'handout', '"heading" cannot be printed'))
    expect(issues).toContainEqual(issue(HANDOUT, line + 2, 'handout', '"link" cannot be printed'))
    expect(issues).toContainEqual(
      issue(HANDOUT, line + 2, 'handout', '"code_inline" cannot be printed'),
    )
  })

  // Regression (fixed; src/shared/content/compile/compile-handout.ts): every token of a construct is reported, so one
  // table gives 17 issues ("thead", "th_close", "tbody_close"…), and closing and cell tokens have
  // no line map, so most of them point at the first body line instead of the table.
  it('reports a non-printable construct once, on its own line', () => {
    const { files, line } = withInsert('| Do | Why |\n| - | - |\n| Stretch | It helps |\n')
    expect(compile(files).issues).toEqual([
      issue(HANDOUT, line, 'handout', '"table" cannot be printed'),
    ])
  })

  it('refuses citations in the text: sources go in the front matter', () => {
    const files = edit(fixtureFiles, HANDOUT, CALF, 'It often hits the calf [@miller2022].')
    expect(compile(files).issues).toContainEqual(
      issue(
        HANDOUT,
        lineIn(fixtureFiles, HANDOUT, CALF),
        'handout',
        'patient handouts do not use citations or cross-links',
      ),
    )
  })

  it('requires the four question sections in order, allowing extra questions between them', () => {
    const extra = edit(
      fixtureFiles,
      HANDOUT,
      '## What can I do now?',
      '## Is it serious?\n\nUsually not.\n\n## What can I do now?',
    )
    expect(compile(extra).issues).toEqual([])
    const statement = edit(fixtureFiles, HANDOUT, '## What can I do now?', '## Things to do')
    expect(compile(statement).issues).toEqual([
      issue(
        HANDOUT,
        lineIn(fixtureFiles, HANDOUT, '## What can I do now?'),
        'section',
        '"## Things to do" is not an expected section',
      ),
      issue(
        HANDOUT,
        lineIn(fixtureFiles, HANDOUT, '## When should I get help?'),
        'section',
        '"## What can I do now?" is missing; it belongs before "## When should I get help?"',
      ),
    ])
  })

  it('measures every patient-facing word, front-matter lists included', () => {
    const texts: string[] = []
    compile(fixtureFiles, {
      readability: (text) => {
        texts.push(text)
        return { grade: 5, words: 600 }
      },
    })
    expect(texts).toHaveLength(1)
    const lines = texts[0]!.split('\n')
    expect(lines).toContain('Leg cramps after sex.')
    expect(lines).toContain('What can I do now?')
    expect(lines).toContain('Stretch the muscle gently.')
    expect(lines).toContain('Cramp with confusion or fainting.')
    expect(lines).toContain('Could a medicine cause this?')
    expect(texts[0]).not.toContain('**')
  })

  it.each([
    [499, 'has 499 words; a handout has 500 to 900'],
    [901, 'has 901 words; a handout has 500 to 900'],
  ])('refuses a handout of %i words', (words, message) => {
    const { issues, bundle } = compile(fixtureFiles, { readability: () => ({ grade: 5, words }) })
    expect(issues).toEqual([issue(HANDOUT, 1, 'length', message)])
    expect(bundle.handouts[0]!.readability).toEqual({ words, grade: 5 })
  })

  it('accepts 500 and 900 words and a grade of exactly 6', () => {
    for (const words of [500, 900]) {
      expect(compile(fixtureFiles, { readability: () => ({ grade: 6, words }) }).issues).toEqual([])
    }
  })

  it('refuses a reading grade above 6, rounded to one decimal', () => {
    const { issues, bundle } = compile(fixtureFiles, {
      readability: () => ({ grade: 6.06, words: 600 }),
    })
    expect(issues).toEqual([
      issue(HANDOUT, 1, 'readability', 'Flesch-Kincaid grade is 6.1; shorten sentences'),
    ])
    expect(bundle.handouts[0]!.readability?.grade).toBe(6.1)
  })

  it('skips readability when no meter is given', () => {
    const { issues, bundle } = compile(fixtureFiles, { readability: undefined })
    expect(issues).toEqual([])
    expect(bundle.handouts[0]!.readability).toBeNull()
  })
})

describe('PEMAT-P scores', () => {
  const pematLine = (needle: string) => lineIn(fixtureFiles, PEMAT, needle)
  const editPemat = (from: string, to: string) =>
    compile(edit(fixtureFiles, PEMAT, from, to)).issues

  it('requires every PEMAT-P item', () => {
    const issues = editPemat('- item: 26\n  score: 0\n  note: Fixture score.\n', '')
    expect(issues).toEqual([issue(PEMAT, pematLine('- item: 1'), 'items', 'items not scored: 26')])
  })

  it('refuses N/A for an item the instrument does not allow it for', () => {
    const issues = editPemat('- item: 15\n  score: 0', '- item: 15\n  score: na')
    expect(issues).toEqual([
      issue(PEMAT, pematLine('- item: 15'), 'score', 'item 15 cannot be N/A; score it 0 or 1'),
    ])
  })

  it('refuses a score below 70%', () => {
    let files = edit(fixtureFiles, PEMAT, '- item: 20\n  score: 1', '- item: 20\n  score: 0')
    files = edit(files, PEMAT, '- item: 21\n  score: 1', '- item: 21\n  score: 0')
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([
      issue(PEMAT, 1, 'score', 'understandability 92% and actionability 40%; both must reach 70%'),
    ])
    expect(bundle.handouts[0]!.pemat).toEqual({ understandability: 92, actionability: 40 })
  })

  it('refuses an item scored twice and a number that is not a PEMAT-P item', () => {
    let files = edit(fixtureFiles, PEMAT, '- item: 2\n', '- item: 1\n')
    files = edit(files, PEMAT, '- item: 3\n', '- item: 13\n')
    expect(compile(files).issues).toEqual([
      issue(PEMAT, pematLine('- item: 2'), 'item', '1 is scored twice'),
      issue(PEMAT, pematLine('- item: 3'), 'item', '13 is not a PEMAT-P item'),
      issue(PEMAT, pematLine('- item: 1'), 'items', 'items not scored: 2, 3'),
    ])
  })

  it('requires a PEMAT file for every handout', () => {
    const files = fixtureFiles.filter((f) => f.path !== PEMAT)
    expect(compile(files).issues).toEqual([
      issue(
        HANDOUT,
        1,
        'pemat',
        'no PEMAT-P score: add resources/content/handouts/leg-cramps.pemat.yaml',
      ),
    ])
  })
})
