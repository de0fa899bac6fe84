import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn } from './fixture-corpus'

const TOPIC = 'topics/leg-cramps.md'
const topicLine = (needle: string) => lineIn(fixtureFiles, TOPIC, needle)
const editTopic = (from: string, to: string) => compile(edit(fixtureFiles, TOPIC, from, to)).issues

const ASSESSMENT = `## Assessment

Ask about timing.

::: notes 2
Ask the room: how do you ask about sex?
:::

`

describe('module sections', () => {
  it('names a missing section on the heading it should come before', () => {
    const issues = editTopic(
      '## Talking with patients\n\nUse plain words.\n\n::: notes 2\nAsk the room: what words would you avoid?\n:::\n\n',
      '',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## Talking with patients'),
        'section',
        '"## Talking with patients" is missing; it belongs before "## What patients may have read"',
      ),
      issue(
        TOPIC,
        topicLine('teachingMinutes'),
        'teachingMinutes',
        'is 22, but the presenter notes add up to 20 minutes',
      ),
    ])
  })

  it('names a missing last section', () => {
    const issues = editTopic(
      '## Self-check\n\nTry the questions below.\n\n::: notes 2\nAsk the room: which answer surprised you?\n:::',
      '',
    )
    expect(issues).toContainEqual(
      issue(TOPIC, topicLine('## Key points'), 'section', '"## Self-check" is missing'),
    )
  })

  it('names a section that is out of order', () => {
    let files = edit(fixtureFiles, TOPIC, ASSESSMENT, '')
    files = edit(files, TOPIC, '## Red flags\n', `${ASSESSMENT}## Red flags\n`)
    expect(compile(files).issues).toEqual([
      issue(
        TOPIC,
        lineIn(files, TOPIC, '## Red flags'),
        'section',
        '"## Red flags" is out of order; sections go: Learning objectives · Why it matters',
      ),
    ])
  })

  it('names a section that is not one of the expected ones', () => {
    const issues = editTopic('## Assessment', '## Examination')
    expect(issues).toContainEqual(
      issue(
        TOPIC,
        topicLine('## Assessment'),
        'section',
        '"## Examination" is not an expected section',
      ),
    )
  })

  it('refuses an H1 heading and text before the first section', () => {
    const issues = editTopic('## Learning objectives\n', '# Leg cramps\n\n## Learning objectives\n')
    expect(issues).toEqual([
      issue(TOPIC, topicLine('## Learning objectives'), 'heading', 'use "##" for sections'),
      issue(
        TOPIC,
        topicLine('## Learning objectives'),
        'section',
        'text must sit under a "## Section" heading',
      ),
    ])
  })
})

describe('module teaching rules', () => {
  it('refuses an objective that does not start with a measurable verb, on its line', () => {
    const issues = editTopic('- Select a first-line', '- Know a first-line')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('- Select a first-line'),
        'objectives',
        '"Know" is not a measurable verb; start with one of: Apply,',
      ),
    ])
  })

  it('refuses fewer than three objectives', () => {
    const issues = editTopic('- Select a first-line measure for an acute cramp.\n', '')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## Learning objectives'),
        'objectives',
        'has 2 objectives; write 3 to 6 as a list',
      ),
    ])
  })

  it('refuses fewer than five key points', () => {
    const issues = editTopic('- Five.\n', '')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## Key points'),
        'key points',
        'has 4 key points; write 5 to 8 as a list',
      ),
    ])
  })

  it('refuses more than eight key points', () => {
    const issues = editTopic('- Five.\n', '- Five.\n- Six.\n- Seven.\n- Eight.\n- Nine.\n')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## Key points'),
        'key points',
        'has 9 key points; write 5 to 8 as a list',
      ),
    ])
  })

  it('requires one "::: red-flags" block in the Red flags section', () => {
    const issues = editTopic(
      '::: red-flags\ncramp-confusion\ncramp-not-stopping\nexaminer-only\nrecurrent-cramps\n:::\n',
      '',
    )
    expect(issues).toContainEqual(
      issue(
        TOPIC,
        topicLine('## Red flags'),
        'red flags',
        'needs exactly one "::: red-flags" block listing red-flag ids from red-flags.yaml (found 0)',
      ),
    )
  })

  it('refuses a hand-written tier heading: the tiers come from the tier model', () => {
    const files = edit(fixtureFiles, TOPIC, '::: red-flags\n', '### Urgent\n\n::: red-flags\n')
    expect(compile(files).issues).toEqual([
      issue(
        TOPIC,
        lineIn(files, TOPIC, '### Urgent'),
        'red flags',
        'tier headings come from urgency-tiers.yaml',
      ),
    ])
  })

  it('refuses a red-flag list outside the Red flags section', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      '## Management\n',
      '## Management\n\n::: red-flags\ncramp-confusion\n:::\n',
    )
    expect(compile(files).issues).toContainEqual(
      issue(
        TOPIC,
        lineIn(files, TOPIC, '## Management') + 2,
        'red flags',
        'list red flags only in the "Red flags" section',
      ),
    )
  })

  it('refuses an unknown red-flag id on the line of the block', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      'recurrent-cramps\n:::',
      'recurrent-cramps\nno-such-flag\n:::',
    )
    expect(compile(files).issues).toEqual([
      issue(
        TOPIC,
        lineIn(files, TOPIC, '::: red-flags'),
        'red-flags',
        'unknown id "no-such-flag"; ids come from resources/content/red-flags.yaml',
      ),
    ])
  })

  it('requires the differential table to have exactly the agreed columns', () => {
    const issues = editTopic(
      '| First-line management | Refer to |',
      '| First-line management | Referral |',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## Causes and differential diagnosis'),
        'differential',
        'Condition | Typical pattern | Distinguishing features | Red flags | First-line management | Refer to',
      ),
    ])
  })

  it('requires the evidence in a myth block to carry a citation', () => {
    const issues = editTopic(
      'for idiopathic cramps [@garrison2020].\n:::',
      'for idiopathic cramps.\n:::\n\nSee the Cochrane review [@garrison2020].',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('::: myth'),
        'myths',
        'the evidence for this claim needs a citation [@key]',
      ),
    ])
  })

  it('requires at least one myth block under "What patients may have read"', () => {
    const issues = editTopic(
      '::: myth contested Magnesium prevents cramps\nA Cochrane review found magnesium ineffective for idiopathic cramps [@garrison2020].\n:::',
      'A Cochrane review found magnesium ineffective for idiopathic cramps [@garrison2020].',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## What patients may have read'),
        'myths',
        'state each claim as "::: myth <rating> <claim>"',
      ),
    ])
  })

  it('reports an unknown myth rating on its line', () => {
    const issues = editTopic('::: myth contested', '::: myth dubious')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('::: myth'),
        'myth',
        'rating "dubious" is not one of wrong, unsupported, contested, overstated',
      ),
    ])
  })
})

describe('presenter notes', () => {
  it('requires notes in every section, and the timings to add up to teachingMinutes', () => {
    const issues = editTopic(
      'Ask about timing.\n\n::: notes 2\nAsk the room: how do you ask about sex?\n:::\n',
      'Ask about timing.\n',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('## Assessment'),
        'notes',
        'section "Assessment" needs presenter notes: "::: notes <minutes>"',
      ),
      issue(
        TOPIC,
        topicLine('teachingMinutes'),
        'teachingMinutes',
        'is 22, but the presenter notes add up to 20 minutes; make them agree',
      ),
    ])
  })

  it('requires the timings to add up to teachingMinutes', () => {
    const issues = editTopic('teachingMinutes: 22', 'teachingMinutes: 30')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('teachingMinutes'),
        'teachingMinutes',
        'is 30, but the presenter notes add up to 22 minutes',
      ),
    ])
  })

  it('reports notes without a timing on their line', () => {
    const line = topicLine('Ask the room: which hormones change?') - 1
    const issues = editTopic(
      '::: notes 2\nAsk the room: which hormones change?',
      '::: notes\nAsk the room: which hormones change?',
    )
    expect(issues).toEqual([
      issue(TOPIC, line, 'notes', 'presenter notes need their timing in minutes'),
      issue(TOPIC, topicLine('teachingMinutes'), 'teachingMinutes', 'add up to 20 minutes'),
    ])
  })

  it('requires a question for the group in the notes', () => {
    const issues = editTopic('Ask the room: what do you advise?', 'Advise stretching.')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('Ask the room: what do you advise?') - 1,
        'notes',
        'notes for "Management" need a question for the group, starting "Ask the room:"',
      ),
    ])
  })

  it('refuses two notes blocks in one section', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      'Use plain words.\n',
      'Use plain words.\n\n::: notes 1\nAsk the room: more?\n:::\n',
    )
    expect(compile(files).issues).toContainEqual(
      issue(
        TOPIC,
        lineIn(files, TOPIC, 'Ask the room: what words') - 1,
        'notes',
        'section "Talking with patients" has more than one presenter-notes block; merge them',
      ),
    )
  })
})

describe('links and citations in a module', () => {
  it('reports an unknown cross-link on its line', () => {
    const issues = editTopic('[[hormone:oxytocin]] rises', '[[hormone:vasopressin]] rises')
    expect(issues).toEqual([
      issue(TOPIC, topicLine('rises at orgasm'), 'cross-link', 'unknown hormone "vasopressin"'),
    ])
  })

  it('reports a malformed cross-link on its line', () => {
    const issues = editTopic(
      '[[hormone:oxytocin]] rises',
      '[[hormone:oxytocin]] and [[gland:pituitary]] rise',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('rises at orgasm'),
        'cross-link',
        '"[[gland:pituitary]]" is not a cross-link',
      ),
    ])
  })

  it('reports a link to a module section that does not exist', () => {
    const issues = editTopic(
      'Use plain words.',
      'Use plain words; see [[module:leg-cramps#no-such-part]].',
    )
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('Use plain words.'),
        'cross-link',
        'module "leg-cramps" has no section "no-such-part"',
      ),
    ])
  })

  it('accepts links to a section, a subheading and the references of a module', () => {
    const issues = editTopic(
      'Use plain words.',
      'See [[module:leg-cramps#red-flags]], [[module:leg-cramps#same-day]] and [[module:leg-cramps#references]].',
    )
    expect(issues).toEqual([])
  })

  it('reports an unknown citation key on its line, inside a table cell too', () => {
    const issues = editTopic('| Systemic illness |', '| Systemic illness [@smith1999] |')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('| Systemic illness |'),
        'citation',
        '"smith1999" is not in bibliography.yaml; add it there or fix the key',
      ),
    ])
  })

  it('reports a compare embed naming a row the table does not have', () => {
    const issues = editTopic('rows=cramp', 'rows=cramp,spasm')
    expect(issues).toEqual([
      issue(TOPIC, topicLine('::: compare'), 'compare', 'table "cramp-table" has no row "spasm"'),
    ])
  })

  it('reports a compare embed naming a table that does not exist', () => {
    const issues = editTopic('::: compare cramp-table rows=cramp', '::: compare spasm-table')
    expect(issues).toEqual([
      issue(
        TOPIC,
        topicLine('::: compare'),
        'compare',
        'no comparison table "spasm-table" in comparisons/',
      ),
    ])
  })

  it('reports a malformed compare embed on its line', () => {
    const issues = editTopic('::: compare cramp-table rows=cramp', '::: compare Cramp_Table')
    expect(issues).toEqual([
      issue(TOPIC, topicLine('::: compare'), 'compare', 'write "::: compare <table-id>"'),
    ])
  })

  it('requires a quiz and a handout for every module', () => {
    const files = fixtureFiles.filter(
      (f) => f.path !== 'quizzes/leg-cramps.yaml' && !f.path.startsWith('handouts/'),
    )
    expect(compile(files).issues).toEqual([
      issue(TOPIC, 1, 'self-check', 'no quiz: add resources/content/quizzes/leg-cramps.yaml'),
      issue(
        TOPIC,
        1,
        'handout',
        'no patient handout: add resources/content/handouts/leg-cramps.md',
      ),
    ])
  })
})
