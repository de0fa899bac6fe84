import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn, withFile } from './fixture-corpus'

/*
 * The checks that keep red flags, tiers, medicine cautions, grades and citations said once and
 * in agreement. Each starts from the valid fixture corpus (which compiles with no issues) and
 * breaks exactly one thing, as an author might.
 */
const TOPIC = 'topics/leg-cramps.md'
const HANDOUT = 'handouts/leg-cramps.md'
const FLAGS = 'red-flags.yaml'
const TIERS = 'urgency-tiers.yaml'
const BIBLIOGRAPHY = 'bibliography.yaml'
const TABLE = 'comparisons/cramp-table.yaml'

describe('red flags: what a patient reads agrees with what the clinician is taught', () => {
  it('starts from a corpus with no issues', () => {
    expect(compile(fixtureFiles).issues).toEqual([])
  })

  it('fails when a handout lacks an emergency red flag its module teaches', () => {
    const files = edit(fixtureFiles, HANDOUT, 'help: [cramp-confusion, ', 'help: [')
    expect(compile(files).issues).toEqual([
      issue(
        HANDOUT,
        lineIn(files, HANDOUT, 'help:'),
        'help',
        'lacks red flag "cramp-confusion" (emergency), which its module teaches',
      ),
    ])
  })

  it('fails when a handout lacks a same-day red flag, unless the module says why', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      'handoutOmits:\n  examiner-only: Only an examiner can find it.\n',
      '',
    )
    expect(compile(files).issues).toEqual([
      issue(HANDOUT, lineIn(files, HANDOUT, 'help:'), 'help', 'lacks red flag "examiner-only"'),
    ])
  })

  it('does not require a routine red flag on the handout', () => {
    const files = edit(fixtureFiles, HANDOUT, ', recurrent-cramps]', ']')
    expect(compile(files).issues).toEqual([])
  })

  it('fails when a handout prints a red flag its module does not teach', () => {
    const files = edit(fixtureFiles, TOPIC, 'recurrent-cramps\n:::', ':::')
    expect(compile(files).issues).toEqual([
      issue(
        HANDOUT,
        lineIn(files, HANDOUT, 'help:'),
        'help',
        `prints red flag "recurrent-cramps", which its module does not teach`,
      ),
    ])
  })

  it('fails when a handout lists a red flag that has no patient wording', () => {
    const files = edit(
      fixtureFiles,
      HANDOUT,
      'recurrent-cramps]',
      'recurrent-cramps, examiner-only]',
    )
    const { issues } = compile(files)
    expect(issues).toContainEqual(
      issue(HANDOUT, lineIn(files, HANDOUT, 'help:'), 'help', 'has no patient wording'),
    )
  })

  it('prints the handout help from the data: patient words under their tier, most urgent first', () => {
    const handout = compile(fixtureFiles).bundle.handouts[0]!
    expect(handout.help.map((t) => [t.tier, t.action, t.items.map((i) => i.text)])).toEqual([
      ['emergency', 'Call 999 or 112 now', ['Cramp with confusion or fainting.']],
      ['same-day', 'Get help today', ['Cramp that does not stop after an hour.']],
      ['routine', 'Ask at a routine appointment', ['Cramps that keep coming back.']],
    ])
  })

  it('prints the module red flags from the data, grouped under the tier headings', () => {
    const topic = compile(fixtureFiles).bundle.topics[0]!
    const html = topic.sections
      .find((s) => s.title === 'Red flags')!
      .blocks.map((b) => (b.kind === 'html' ? b.html : ''))
      .join('')
    const order = [
      'Emergency now',
      'Cramp with confusion',
      'Same day',
      'Cramp that does not stop',
      'Routine',
    ]
    const positions = order.map((text) => html.indexOf(text))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(html).toContain('class="pa-tier pa-tier--emergency"')
    expect(html).toContain('href="#/reference/conditions/muscle-cramp"')
    expect(topic.redFlags).toEqual([
      'cramp-confusion',
      'cramp-not-stopping',
      'examiner-only',
      'recurrent-cramps',
    ])
  })
})

describe('the tier model', () => {
  it('fails on a red flag with a tier the model does not define', () => {
    const files = edit(fixtureFiles, FLAGS, 'tier: same-day', 'tier: urgent')
    expect(compile(files).issues).toContainEqual(
      issue(
        FLAGS,
        lineIn(files, FLAGS, 'tier: urgent'),
        'flags.1.tier',
        'must be one of: emergency, same-day, soon, routine',
      ),
    )
  })

  it('fails when the tier model leaves a tier out', () => {
    const text = fixtureFiles.find((f) => f.path === TIERS)!.text
    const files = withFile(
      fixtureFiles,
      TIERS,
      text.replace(/ {2}- id: soon[\s\S]*?(?= {2}- id: routine)/, ''),
    )
    expect(compile(files).issues).toContainEqual(
      issue(
        TIERS,
        2,
        'tiers',
        'define exactly these tiers, most urgent first: emergency, same-day, soon, routine',
      ),
    )
  })

  it('fails when the triage table and the red-flag data disagree on a tier', () => {
    const files = withFile(
      fixtureFiles,
      'comparisons/triage.yaml',
      [
        'id: triage',
        'title: Triage',
        'description: Red flags by tier.',
        'rowHeader: Presentation',
        'columns:',
        '  - { id: urgency, label: Urgency, type: urgency }',
        '  - { id: action, label: Action, field: action }',
        'rows:',
        '  - { id: a, redFlag: cramp-confusion, cells: { urgency: same-day } }',
        '  - { id: b, redFlag: recurrent-cramps }',
        'sources: [miller2022]',
        '',
      ].join('\n'),
    )
    expect(compile(files).issues).toEqual([
      issue(
        'comparisons/triage.yaml',
        9,
        'cells.urgency',
        'says "same-day" but red flag "cramp-confusion" is "emergency" in red-flags.yaml',
      ),
    ])
  })

  it('fills a triage row from its red flag: label, tier badge and the named fields', () => {
    const files = withFile(
      fixtureFiles,
      'comparisons/triage.yaml',
      'id: triage\ntitle: Triage\ndescription: Red flags.\nrowHeader: Presentation\ncolumns:\n  - { id: urgency, label: Urgency, type: urgency }\n  - { id: action, label: Action, field: action }\nrows:\n  - { id: a, redFlag: cramp-confusion }\n  - { id: b, redFlag: recurrent-cramps }\nsources: [miller2022]\n',
    )
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([])
    const row = bundle.comparisons.find((t) => t.id === 'triage')!.rows[0]!
    expect(row.label).toBe('Cramp with confusion')
    expect(row.cells.urgency).toMatchObject({ text: 'Emergency now', rank: 4 })
    expect(row.cells.action!.text).toBe('Check serum sodium')
  })
})

describe('medicine cautions', () => {
  it('fails when a module section suggests ibuprofen without its cautions', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      '## Management\n',
      '## Management\n\nIbuprofen may help.\n',
    )
    expect(compile(files).issues).toEqual([
      issue(
        TOPIC,
        lineIn(files, TOPIC, 'Ibuprofen may help.'),
        'cautions',
        '"Ibuprofen" is suggested in "Management" without its cautions; add "::: cautions nsaids"',
      ),
    ])
  })

  it('passes when the same section prints the cautions, and prints them from the data', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      '## Management\n',
      '## Management\n\nIbuprofen may help.\n\n::: cautions nsaids\n:::\n',
    )
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([])
    const html = bundle.topics[0]!.sections.find((s) => s.title === 'Management')!
      .blocks.map((b) => (b.kind === 'html' ? b.html : ''))
      .join('')
    expect(html).toContain('aria-label="Cautions: Ibuprofen and other NSAIDs"')
    expect(html).toContain('Pregnancy: do not use from 20 weeks')
  })

  it('fails when a handout suggests ibuprofen without its cautions, in the text or the checklist', () => {
    let files = edit(fixtureFiles, HANDOUT, '- Walk around.', '- Walk around.\n- Take ibuprofen.')
    expect(compile(files).issues).toEqual([
      issue(
        HANDOUT,
        lineIn(files, HANDOUT, 'Take ibuprofen'),
        'cautions',
        '"ibuprofen" is suggested in "What can I do now?"',
      ),
    ])
    files = edit(
      fixtureFiles,
      HANDOUT,
      'checklist: [Stretch the muscle,',
      'checklist: [Ask about ibuprofen,',
    )
    expect(compile(files).issues).toEqual([
      issue(HANDOUT, 1, 'cautions', '"ibuprofen" is in the checklist or questions'),
    ])
  })

  it('prints the patient cautions in a handout as a block the PDF draws', () => {
    const files = edit(
      fixtureFiles,
      HANDOUT,
      '- Walk around.',
      '- Walk around.\n- Take ibuprofen.\n\n::: cautions nsaids\n:::',
    )
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([])
    expect(bundle.handouts[0]!.sections[2]!.blocks.at(-1)).toEqual({
      type: 'caution',
      medicine: 'nsaids',
      runs: [
        { text: 'Before you take ibuprofen:', bold: true, italic: false },
        { text: ' Do not take it if you are or could be pregnant.', bold: false, italic: false },
      ],
    })
  })

  it('reads a warning against a medicine the atlas advises against as no suggestion', () => {
    const warning = edit(
      fixtureFiles,
      TOPIC,
      '## Management\n',
      '## Management\n\nDo not advise magnesium.\n',
    )
    expect(compile(warning).issues).toEqual([])
    const advice = edit(fixtureFiles, TOPIC, '## Management\n', '## Management\n\nTry magnesium.\n')
    expect(compile(advice).issues).toEqual([
      issue(TOPIC, lineIn(advice, TOPIC, 'Try magnesium.'), 'cautions', '"magnesium" is suggested'),
    ])
  })

  it('does not count a medicine named in a myth block or an explanatory section', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      '## Physiology\n',
      '## Physiology\n\nNSAIDs block prostaglandin synthesis.\n',
    )
    expect(compile(files).issues).toEqual([])
  })
})

describe('bibliography and citations', () => {
  it('fails on an entry with no authors or no year', () => {
    const files = edit(
      fixtureFiles,
      BIBLIOGRAPHY,
      'entries:\n',
      'entries:\n  - key: ghost\n    authors: Authors not recorded\n    title: A source\n    source: Somewhere\n    kind: study\n    year: n.d.\n',
    )
    const issues = compile(files).issues.filter((i) => i.field !== 'bibliography')
    expect(issues).toEqual([
      issue(BIBLIOGRAPHY, 3, 'authors', '"ghost" has no authors'),
      issue(BIBLIOGRAPHY, 7, 'year', '"ghost" has no year'),
    ])
  })

  it('fails on a clinical claim whose only citation is the internal review, not on a no-source statement', () => {
    const internal =
      '  - key: review\n    authors: Atlas team\n    title: Internal review\n    source: Atlas\n    kind: internal\n    year: 2026\n'
    let files = edit(fixtureFiles, BIBLIOGRAPHY, 'entries:\n', `entries:\n${internal}`)
    files = edit(
      files,
      TOPIC,
      '## Management\n',
      '## Management\n\nStretching helps [@review]. No study has tested heat [@review].\n',
    )
    const { issues, internalCitations } = compile(files)
    expect(issues).toEqual([
      issue(
        TOPIC,
        lineIn(files, TOPIC, 'Stretching helps'),
        'citation',
        'rests on the internal evidence review alone',
      ),
    ])
    expect(internalCitations.internalOnly.map((c) => c.claim)).toEqual(['Stretching helps'])
  })

  it('reports how many clinical claims rest on the internal review alone (none in the fixtures)', () => {
    const { internalCitations } = compile(fixtureFiles)
    expect(internalCitations.internalOnly).toEqual([])
    expect(internalCitations.claims).toBeGreaterThan(5)
  })
})

describe('evidence grades mean one thing', () => {
  it('fails when a table grades a link differently from the condition card', () => {
    const files = edit(
      fixtureFiles,
      TABLE,
      'evidence: moderate, urgency',
      'evidence: high, urgency',
    )
    expect(compile(files).issues).toEqual([
      issue(
        TABLE,
        lineIn(files, TABLE, 'evidence: high'),
        'cells.evidence',
        'grades the link as "high", but conditions/muscle-cramp.md says "moderate"',
      ),
    ])
  })

  it('does not compare a column that grades something else', () => {
    let files = edit(fixtureFiles, TABLE, 'grades: link', 'grades: treatment')
    files = edit(files, TABLE, 'evidence: moderate, urgency', 'evidence: high, urgency')
    expect(compile(files).issues).toEqual([])
  })

  it('fails on an evidence column that does not say what it grades', () => {
    const files = edit(fixtureFiles, TABLE, ', grades: link }', ' }')
    expect(compile(files).issues).toContainEqual(
      issue(TABLE, lineIn(files, TABLE, 'id: evidence'), 'columns.1.grades', 'says what it grades'),
    )
  })
})

describe('a wrong bibliography entry spares the rest', () => {
  it('reports the bad field on its entry and still resolves every other citation', () => {
    const files = edit(
      fixtureFiles,
      BIBLIOGRAPHY,
      'entries:\n',
      'entries:\n  - key: broken\n    authors: Someone S\n    title: Broken\n    source: Nowhere\n    kind: study\n    year: 2020\n    colour: red\n',
    )
    const { issues } = compile(files)
    expect(issues.map((i) => i.message)).not.toContainEqual(
      expect.stringMatching(/is not in bibliography/),
    )
    expect(issues).toContainEqual(
      issue(BIBLIOGRAPHY, 8, 'entries.0.colour', 'is not a known field'),
    )
  })
})
