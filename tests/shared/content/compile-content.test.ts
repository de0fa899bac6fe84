import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, withFile } from './fixture-corpus'

const REFERENCES = '#/modules/leg-cramps/references'

describe('compiling the valid fixture corpus', () => {
  const { bundle, issues } = compile(fixtureFiles)
  const topic = bundle.topics[0]!
  const section = (title: string) => topic.sections.find((s) => s.title === title)!

  it('reports no issues', () => {
    expect(issues).toEqual([])
  })

  it('compiles one of each kind of entry', () => {
    expect(bundle.topics.map((t) => t.id)).toEqual(['leg-cramps'])
    expect(bundle.handouts.map((h) => h.topic)).toEqual(['leg-cramps'])
    expect(bundle.hormones.map((h) => h.id)).toEqual(['oxytocin'])
    expect(bundle.conditions.map((c) => c.id)).toEqual(['muscle-cramp'])
    expect(bundle.comparisons.map((c) => c.id)).toEqual(['cramp-table'])
  })

  it('keeps the topic front matter', () => {
    expect(topic).toMatchObject({
      title: 'Leg cramps after sex',
      audience: ['gp', 'educator'],
      teachingMinutes: 22,
      lastReviewed: '2026-01-10',
      nextReview: '2027-01-10',
      hormones: ['oxytocin'],
      conditions: ['muscle-cramp'],
    })
  })

  it('splits the module into its sections, in order, with slugs', () => {
    expect(topic.sections.map((s) => [s.title, s.slug])).toEqual([
      ['Learning objectives', 'learning-objectives'],
      ['Why it matters', 'why-it-matters'],
      ['Physiology', 'physiology'],
      ['Causes and differential diagnosis', 'causes-and-differential-diagnosis'],
      ['Red flags', 'red-flags'],
      ['Assessment', 'assessment'],
      ['Management', 'management'],
      ['Talking with patients', 'talking-with-patients'],
      ['What patients may have read', 'what-patients-may-have-read'],
      ['Key points', 'key-points'],
      ['Self-check', 'self-check'],
    ])
  })

  it('turns a comparison embed into its own block between the HTML blocks', () => {
    const blocks = section('Causes and differential diagnosis').blocks
    expect(blocks.map((b) => b.kind)).toEqual(['html', 'compare'])
    expect(blocks[1]).toEqual({ kind: 'compare', tableId: 'cramp-table', rows: ['cramp'] })
    expect(blocks[0]!.kind === 'html' && blocks[0]!.html).toContain('<table>')
  })

  it('takes presenter notes out of the reading blocks, with their minutes', () => {
    for (const s of topic.sections) {
      expect(s.notes?.minutes).toBe(2)
      expect(s.notes?.html).toContain('Ask the room:')
      for (const block of s.blocks) {
        if (block.kind === 'html') expect(block.html).not.toContain('pa-notes')
      }
    }
  })

  it('lists the H3 headings of a section as its subheadings, tiers printed from the data included', () => {
    expect(section('Red flags').subheadings).toEqual([
      { slug: 'emergency-now', title: 'Emergency now' },
      { slug: 'same-day', title: 'Same day' },
      { slug: 'routine', title: 'Routine' },
    ])
    expect(section('Management').subheadings).toEqual([])
  })

  it('renders the quiz with its triage vignette and one correct option per question', () => {
    expect(topic.quiz.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5'])
    expect(topic.quiz.map((q) => q.triage)).toEqual([false, false, false, false, true])
    expect(topic.quiz[4]!.vignetteHtml).toBe('<p>A person has sudden severe pain.</p>\n')
    expect(topic.quiz[0]!.vignetteHtml).toBeNull()
    expect(topic.quiz[0]!.options.map((o) => [o.html, o.correct])).toEqual([
      ['Right', true],
      ['Wrong', false],
      ['Also wrong', false],
    ])
  })

  it('numbers quiz citations with the module numbering, linking to the module references', () => {
    const explanation = topic.quiz[0]!.options[0]!.explanationHtml
    expect(explanation).toContain(`href="${REFERENCES}"`)
    expect(explanation).toContain('data-cite="miller2022" data-ref="1"')
  })

  it('continues the module numbering for a source first cited in the quiz', () => {
    const files = edit(
      fixtureFiles,
      'quizzes/leg-cramps.yaml',
      'explanation: No.',
      'explanation: No [@nice-ng73].',
    )
    const result = compile(files)
    expect(result.issues).toEqual([])
    const quizTopic = result.bundle.topics[0]!
    expect(quizTopic.quiz[0]!.options[1]!.explanationHtml).toContain(
      'data-cite="nice-ng73" data-ref="3"',
    )
    expect(quizTopic.references.map((r) => [r.number, r.key])).toEqual([
      [1, 'miller2022'],
      [2, 'garrison2020'],
      [3, 'nice-ng73'],
    ])
  })

  it('builds the module reference list in order of first citation', () => {
    expect(topic.references).toMatchObject([
      {
        number: 1,
        key: 'miller2022',
        text: 'Miller KC, McDermott BP. A review of exercise-associated muscle cramps. J Athl Train. 2022;57:5–15.',
      },
      {
        number: 2,
        key: 'garrison2020',
        text: 'Garrison SR, et al. Magnesium for skeletal muscle cramps. Cochrane Database Syst Rev. 2020.',
      },
    ])
  })

  it('records backlinks to the module section, table and entry that mention each entry', () => {
    expect(bundle.backlinks['hormone:oxytocin']).toEqual([
      {
        href: '#/modules/leg-cramps/physiology',
        label: 'Physiology',
        context: 'Leg cramps after sex',
      },
      {
        href: '#/reference/conditions/muscle-cramp',
        label: 'Distinguishing findings',
        context: 'Exercise-associated muscle cramp',
      },
    ])
    expect(bundle.backlinks['condition:muscle-cramp']).toEqual([
      {
        href: '#/modules/leg-cramps/causes-and-differential-diagnosis',
        label: 'Causes and differential diagnosis',
        context: 'Leg cramps after sex',
      },
      // Printed from red-flags.yaml: the flag names the condition it points to.
      {
        href: '#/modules/leg-cramps/red-flags',
        label: 'Red flags',
        context: 'Leg cramps after sex',
      },
      {
        href: '#/compare/cramp-table',
        label: 'Cramp and its mimics',
        context: 'Cramp and its mimics',
      },
      { href: '#/compare/cramp-table', label: 'Muscle cramp', context: 'Cramp and its mimics' },
    ])
  })

  it('falls back to the module overview for an entry only listed in front matter', () => {
    const files = edit(
      fixtureFiles,
      'topics/leg-cramps.md',
      '[[hormone:oxytocin]] rises at orgasm.',
      'Oxytocin rises at orgasm.',
    )
    const result = compile(files)
    expect(result.issues).toEqual([])
    expect(result.bundle.backlinks['hormone:oxytocin']).toContainEqual({
      href: '#/modules/leg-cramps',
      label: 'Module overview',
      context: 'Leg cramps after sex',
    })
  })

  it('compiles comparison cells with display text and a sort rank for ordinal columns', () => {
    const table = bundle.comparisons[0]!
    expect(table.columns.map((c) => [c.id, c.type])).toEqual([
      ['pattern', 'text'],
      ['evidence', 'evidence'],
      ['urgency', 'urgency'],
    ])
    const [cramp, fasciculation] = table.rows
    expect(cramp!.cells).toEqual({
      pattern: { text: 'Calf after exertion', html: 'Calf after exertion', rank: null },
      evidence: { text: 'Moderate', html: 'Moderate', rank: 3 },
      urgency: {
        text: 'Routine',
        html: '<span class="pa-tier-badge pa-tier-badge--routine">Routine</span>',
        rank: 1,
      },
    })
    expect(fasciculation!.cells.evidence!.rank).toBe(2)
    expect(cramp!.ref).toEqual({ kind: 'condition', id: 'muscle-cramp' })
    expect(cramp!.cite).toEqual([1])
    expect(table.references.map((r) => r.key)).toEqual(['miller2022', 'nice-ng73'])
    expect(table.references[1]!.url).toBe('https://www.nice.org.uk/guidance/ng73')
    expect(table.descriptionHtml).toContain('href="#/reference/conditions/muscle-cramp"')
  })

  it('compiles the handout into question sections with printable blocks for the PDF', () => {
    const handout = bundle.handouts[0]!
    expect(handout.sections.map((s) => s.title)).toEqual([
      'What is it?',
      'Why does it happen?',
      'What can I do now?',
      'When should I get help?',
    ])
    expect(handout.sections[2]!.blocks).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          [{ text: 'Stretch the muscle gently.', bold: false, italic: false }],
          [{ text: 'Walk around.', bold: false, italic: false }],
        ],
      },
    ])
    expect(handout.sections[1]!.html).toContain('<strong>Short positions</strong>')
    expect(handout.sources.map((s) => [s.number, s.key])).toEqual([[1, 'miller2022']])
    expect(handout.readability).toEqual({ words: 600, grade: 5 })
    expect(handout.pemat).toEqual({ understandability: 92, actionability: 80 })
  })

  it('compiles reference entries with their sections and own reference lists', () => {
    const hormone = bundle.hormones[0]!
    expect(hormone.kind).toBe('hormone')
    expect(hormone.sections.map((s) => s.title)).toEqual([
      'Around orgasm',
      'Actions',
      'Link to post-coital symptoms',
      'Strength of evidence',
      'Common misconceptions',
    ])
    expect(hormone.references.map((r) => r.key)).toEqual(['miller2022'])
    const condition = bundle.conditions[0]!
    expect(condition.kind).toBe('condition')
    expect(condition.sections[0]!.blocks[0]).toEqual({
      kind: 'html',
      html: expect.stringContaining('href="#/reference/conditions/muscle-cramp"'),
    })
  })

  it('reports a file that is not a known kind of content', () => {
    const result = compile(withFile(fixtureFiles, 'notes/todo.md', '# To do'))
    expect(result.issues).toEqual([issue('notes/todo.md', 1, 'file', 'not a known content file')])
  })

  it('ignores README files', () => {
    expect(compile(withFile(fixtureFiles, 'README.md', '# Notes')).issues).toEqual([])
  })
})
