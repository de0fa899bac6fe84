import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn, withFile } from './fixture-corpus'

const TOPIC = 'topics/leg-cramps.md'
const topicLine = (needle: string) => lineIn(fixtureFiles, TOPIC, needle)

describe('front matter problems', () => {
  it('names a missing required field, on the first front-matter line', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      'summary: A fixture module about calf cramps after sex, used by the tests.\n',
      '',
    )
    expect(compile(files).issues).toEqual([
      issue(TOPIC, 2, 'summary', 'is required (expected string)'),
    ])
  })

  it('refuses a date that does not exist', () => {
    const files = edit(fixtureFiles, TOPIC, 'lastReviewed: 2026-01-10', 'lastReviewed: 2026-02-30')
    expect(compile(files).issues).toEqual([
      issue(
        TOPIC,
        topicLine('lastReviewed:'),
        'lastReviewed',
        'must be a real date written YYYY-MM-DD',
      ),
    ])
  })

  it('refuses a next review more than three years after the last review', () => {
    const files = edit(fixtureFiles, TOPIC, 'nextReview: 2027-01-10', 'nextReview: 2029-01-11')
    expect(compile(files).issues).toEqual([
      issue(
        TOPIC,
        topicLine('nextReview:'),
        'nextReview',
        'is more than 3 years after lastReviewed; set it to 2029-01-10 or earlier',
      ),
    ])
  })

  it('accepts a next review exactly three years after the last review', () => {
    const files = edit(fixtureFiles, TOPIC, 'nextReview: 2027-01-10', 'nextReview: 2029-01-10')
    expect(compile(files).issues).toEqual([])
  })

  it('marks a next review that has passed as overdue', () => {
    const files = edit(fixtureFiles, TOPIC, 'nextReview: 2027-01-10', 'nextReview: 2026-05-31')
    expect(compile(files).issues).toEqual([
      issue(TOPIC, topicLine('nextReview:'), 'nextReview', '2026-05-31 has passed', 'overdue'),
    ])
  })

  it('checks review dates of handouts and reference entries too', () => {
    let files = edit(
      fixtureFiles,
      'handouts/leg-cramps.md',
      'nextReview: 2027-01-10',
      'nextReview: 2026-01-01',
    )
    files = edit(
      files,
      'hormones/oxytocin.md',
      'lastReviewed: 2026-01-10',
      'lastReviewed: 2026-07-01',
    )
    expect(compile(files).issues).toEqual([
      issue('handouts/leg-cramps.md', 6, 'nextReview', 'has passed', 'overdue'),
      issue('handouts/leg-cramps.md', 6, 'nextReview', 'must be after lastReviewed (2026-01-10)'),
      issue('hormones/oxytocin.md', 9, 'lastReviewed', '2026-07-01 is in the future'),
    ])
  })

  it('names a misspelt field as unknown, and the field it should have been as missing', () => {
    const files = edit(fixtureFiles, TOPIC, 'tags: [cramp]', 'tagz: [cramp]')
    expect(compile(files).issues).toEqual([
      issue(TOPIC, 2, 'tags', 'is required'),
      issue(TOPIC, topicLine('tags:'), 'tagz', 'is not a known field (check the spelling)'),
    ])
  })

  it('reports a YAML syntax error in front matter, with a hint, and skips the file', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      'title: Leg cramps after sex',
      'title: Leg cramps: after sex',
    )
    const { issues, bundle } = compile(files)
    expect(issues.filter((i) => i.file === `fx/${TOPIC}`)).toEqual([
      issue(
        TOPIC,
        expect.any(Number),
        'yaml',
        'Nested mappings are not allowed in compact mappings (check indentation and quoting)',
      ),
    ])
    expect(bundle.topics).toEqual([])
  })

  it('reports a YAML syntax error in a YAML file, with a hint', () => {
    const path = 'comparisons/cramp-table.yaml'
    const files = edit(fixtureFiles, path, 'rowHeader: Condition', 'rowHeader: [Condition')
    const { issues, bundle } = compile(files)
    expect(issues.filter((i) => i.file === `fx/${path}`)).toEqual([
      issue(path, expect.any(Number), 'yaml', 'check indentation and quoting'),
    ])
    expect(bundle.comparisons).toEqual([])
  })

  // Regression (fixed; src/shared/content/parse/yaml-source.ts): documents are parsed with `prettyErrors: false`,
  // so yaml leaves `error.linePos` unset and every syntax error is reported on the first line
  // of the YAML (line 2 of a Markdown file, line 1 of a YAML file), not where the mistake is.
  // `counter.linePos(error.pos[0])` would give the real line.
  it('reports a YAML syntax error on the line where the mistake is', () => {
    const topic = compile(
      edit(fixtureFiles, TOPIC, 'title: Leg cramps after sex', 'title: Leg cramps: after sex'),
    ).issues.find((i) => i.field === 'yaml')
    expect(topic?.line).toBe(topicLine('title:'))
    const path = 'comparisons/cramp-table.yaml'
    const table = compile(
      edit(fixtureFiles, path, 'rowHeader: Condition', 'rowHeader: Condition: x'),
    ).issues.find((i) => i.field === 'yaml')
    expect(table?.line).toBe(lineIn(fixtureFiles, path, 'rowHeader'))
  })

  // Regression (fixed; src/shared/content/compile-content.ts): a topic whose front matter cannot be parsed is
  // left out of the registry, so every file that links to it also reports it as unknown (the
  // quiz, the handout, each entry's `modules`, the comparison rows): one typo, eight issues in
  // six files. Quizzes and tables avoid this with `present(kind)`; topics do not.
  it('does not report a topic with a YAML error as unknown in the files that link to it', () => {
    const files = edit(
      fixtureFiles,
      TOPIC,
      'title: Leg cramps after sex',
      'title: Leg cramps: after sex',
    )
    const { issues } = compile(files)
    expect(issues.filter((i) => /(unknown|no) module "leg-cramps"/.test(i.message))).toEqual([])
  })

  it('reports a Markdown file without front matter fences', () => {
    const files = edit(fixtureFiles, 'hormones/oxytocin.md', '---\nid: oxytocin', 'id: oxytocin')
    expect(compile(files).issues).toContainEqual(
      issue('hormones/oxytocin.md', 1, 'front matter', 'must start with a "---" line'),
    )
  })

  it('requires the id to match the file name', () => {
    const files = edit(
      fixtureFiles,
      'conditions/muscle-cramp.md',
      'id: muscle-cramp',
      'id: muscle-cramps',
    )
    expect(compile(files).issues).toContainEqual(
      issue(
        'conditions/muscle-cramp.md',
        2,
        'id',
        '"muscle-cramps" must match the file name "muscle-cramp"',
      ),
    )
  })

  it('refuses two topics with the same id, naming the file that had it first', () => {
    const topic = fixtureFiles.find((f) => f.path === TOPIC)!.text
    const files = withFile(fixtureFiles, 'topics/leg-cramps-copy.md', topic)
    const { issues } = compile(files)
    expect(issues).toContainEqual(
      issue(
        'topics/leg-cramps-copy.md',
        2,
        'id',
        '"leg-cramps" is already used by fx/topics/leg-cramps.md',
      ),
    )
    expect(issues).toContainEqual(
      issue('topics/leg-cramps-copy.md', 2, 'id', 'must match the file name "leg-cramps-copy"'),
    )
    expect(issues.filter((i) => i.file === `fx/${TOPIC}`)).toEqual([])
  })

  it('refuses a tier the tier model does not define, listing the tiers', () => {
    const files = edit(
      fixtureFiles,
      'conditions/muscle-cramp.md',
      'urgency: routine',
      'urgency: urgent',
    )
    expect(compile(files).issues).toEqual([
      issue(
        'conditions/muscle-cramp.md',
        5,
        'urgency',
        'must be one of: emergency, same-day, soon, routine',
      ),
    ])
  })

  it('refuses unknown ids in a topic front-matter list, on the item line', () => {
    const files = edit(fixtureFiles, TOPIC, 'related: []', 'related:\n  - leg-cramps\n  - hip-pain')
    expect(compile(files).issues).toEqual([
      issue(TOPIC, topicLine('related:') + 1, 'related', 'a module cannot be related to itself'),
      issue(TOPIC, topicLine('related:') + 2, 'related', 'unknown module "hip-pain"'),
    ])
  })
})

describe('collecting every problem in one run', () => {
  it('reports three different mistakes in one file as three issues', () => {
    let files = edit(fixtureFiles, TOPIC, 'lastReviewed: 2026-01-10', 'lastReviewed: 2026-13-01')
    files = edit(files, TOPIC, '- Distinguish cramp', '- Understand cramp')
    files = edit(files, TOPIC, 'after sex [@miller2022]', 'after sex [@nobody1999]')
    expect(compile(files).issues).toEqual([
      issue(TOPIC, topicLine('lastReviewed:'), 'lastReviewed', 'must be a real date'),
      issue(
        TOPIC,
        topicLine('- Distinguish cramp'),
        'objectives',
        '"Understand" is not a measurable verb',
      ),
      issue(
        TOPIC,
        topicLine('No prevalence figure'),
        'citation',
        '"nobody1999" is not in bibliography.yaml',
      ),
    ])
  })

  it('still checks the body of a topic whose front matter is invalid', () => {
    let files = edit(fixtureFiles, TOPIC, 'audience: [gp, educator]', 'audience: [surgeons]')
    files = edit(files, TOPIC, '[[hormone:oxytocin]] rises', '[[hormone:adrenaline]] rises')
    const { issues, bundle } = compile(files)
    expect(issues).toEqual([
      issue(TOPIC, topicLine('audience:'), 'audience.0', 'must be one of: gp, practice-nurse'),
      issue(TOPIC, topicLine('rises at orgasm'), 'cross-link', 'unknown hormone "adrenaline"'),
    ])
    // The salvaged topic keeps its valid fields and its sections.
    expect(bundle.topics[0]!.title).toBe('Leg cramps after sex')
    expect(bundle.topics[0]!.audience).toEqual([])
    expect(bundle.topics[0]!.sections).toHaveLength(11)
  })

  it('reports problems in several files in the same run', () => {
    let files = edit(fixtureFiles, TOPIC, 'teachingMinutes: 22', 'teachingMinutes: 5')
    files = edit(files, 'hormones/oxytocin.md', 'evidence: low', 'evidence: weak')
    files = edit(files, 'comparisons/cramp-table.yaml', 'evidence: low', 'evidence: weak')
    const fields = compile(files).issues.map((i) => `${i.file}:${i.field}`)
    expect(fields).toEqual([
      'fx/topics/leg-cramps.md:teachingMinutes',
      'fx/hormones/oxytocin.md:evidence',
      'fx/comparisons/cramp-table.yaml:cells.evidence',
    ])
  })
})
