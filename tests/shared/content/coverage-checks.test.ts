import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn, withFile } from './fixture-corpus'

const BIBLIOGRAPHY = 'bibliography.yaml'

const prolactin = `---
id: prolactin
name: Prolactin
class: peptide-hormone
source: Anterior pituitary
summary: A hormone that rises after orgasm.
evidence: low
modules: [leg-cramps]
lastReviewed: 2026-01-10
---

## Around orgasm

It rises after orgasm [@miller2022].

## Actions

Milk production.

## Link to post-coital symptoms

None shown.

## Strength of evidence

Low.

## Common misconceptions

It does not cause cramps.
`

describe('bibliography coverage', () => {
  it('reports a bibliography entry that nothing cites, on its key line', () => {
    const files = edit(
      fixtureFiles,
      BIBLIOGRAPHY,
      'entries:\n',
      'entries:\n  - key: unused2021\n    authors: Nobody N\n    title: Never cited\n    source: Nowhere\n    kind: study\n    year: 2021\n',
    )
    expect(compile(files).issues).toEqual([
      issue(BIBLIOGRAPHY, 2, 'bibliography', '"unused2021" is never cited; cite it or remove it'),
    ])
  })

  it('counts sources cited only by a handout or a comparison table as cited', () => {
    // nice-ng73 is cited only by the table's sources, miller2022 also by the handout.
    expect(compile(fixtureFiles).issues).toEqual([])
    const files = edit(
      fixtureFiles,
      'comparisons/cramp-table.yaml',
      'sources: [nice-ng73]',
      'sources: []',
    )
    expect(compile(files).issues).toEqual([
      issue(
        BIBLIOGRAPHY,
        lineIn(fixtureFiles, BIBLIOGRAPHY, 'key: nice-ng73'),
        'bibliography',
        '"nice-ng73" is never cited',
      ),
    ])
  })

  it('reports a key used twice in the bibliography', () => {
    const files = edit(fixtureFiles, BIBLIOGRAPHY, 'key: garrison2020', 'key: miller2022')
    expect(compile(files).issues).toContainEqual(
      issue(
        BIBLIOGRAPHY,
        lineIn(fixtureFiles, BIBLIOGRAPHY, 'key: garrison2020'),
        'key',
        '"miller2022" is used twice',
      ),
    )
  })

  it('requires the bibliography', () => {
    const files = fixtureFiles.filter((f) => f.path !== BIBLIOGRAPHY)
    expect(compile(files).issues).toContainEqual(
      issue(BIBLIOGRAPHY, 1, 'file', 'the bibliography is missing'),
    )
  })
})

describe('reference entry coverage', () => {
  it('reports a hormone that no module or comparison table links to', () => {
    const files = withFile(fixtureFiles, 'hormones/prolactin.md', prolactin)
    expect(compile(files).issues).toEqual([
      issue(
        'hormones/prolactin.md',
        2,
        'links',
        'no module or comparison table links to hormone "prolactin"; link it with [[hormone:prolactin]]',
      ),
    ])
  })

  it('does not count a link from another reference entry', () => {
    let files = withFile(fixtureFiles, 'hormones/prolactin.md', prolactin)
    files = edit(
      files,
      'conditions/muscle-cramp.md',
      'Static stretch.',
      'Static stretch; see [[hormone:prolactin]].',
    )
    expect(compile(files).issues).toEqual([
      issue(
        'hormones/prolactin.md',
        2,
        'links',
        'no module or comparison table links to hormone "prolactin"',
      ),
    ])
  })

  it('counts a link from a module body, a module front matter or a comparison table', () => {
    const fromBody = edit(
      withFile(fixtureFiles, 'hormones/prolactin.md', prolactin),
      'topics/leg-cramps.md',
      'Use plain words.',
      'Use plain words about [[hormone:prolactin]].',
    )
    expect(compile(fromBody).issues).toEqual([])
    const fromFrontMatter = edit(
      withFile(fixtureFiles, 'hormones/prolactin.md', prolactin),
      'topics/leg-cramps.md',
      'hormones: [oxytocin]',
      'hormones: [oxytocin, prolactin]',
    )
    expect(compile(fromFrontMatter).issues).toEqual([])
    expect(compile(fromFrontMatter).bundle.backlinks['hormone:prolactin']).toEqual([
      { href: '#/modules/leg-cramps', label: 'Module overview', context: 'Leg cramps after sex' },
    ])
    const fromTable = edit(
      withFile(fixtureFiles, 'hormones/prolactin.md', prolactin),
      'comparisons/cramp-table.yaml',
      'description: Compares',
      'description: See [[hormone:prolactin]]. Compares',
    )
    expect(compile(fromTable).issues).toEqual([])
  })

  it('requires an entry to cite a source', () => {
    const files = withFile(
      fixtureFiles,
      'hormones/prolactin.md',
      prolactin.replace(' [@miller2022]', ''),
    )
    expect(compile(files).issues).toContainEqual(
      issue(
        'hormones/prolactin.md',
        11,
        'references',
        'cite at least one source [@key] for this entry',
      ),
    )
  })

  it('reports an unknown module in an entry front matter, on the item line', () => {
    const files = edit(
      fixtureFiles,
      'hormones/oxytocin.md',
      'modules: [leg-cramps]',
      'modules:\n  - leg-cramps\n  - arm-cramps',
    )
    expect(compile(files).issues).toEqual([
      issue(
        'hormones/oxytocin.md',
        lineIn(fixtureFiles, 'hormones/oxytocin.md', 'modules:') + 2,
        'modules',
        'unknown module "arm-cramps"',
      ),
    ])
  })

  it('requires the entry sections in order', () => {
    const files = edit(
      fixtureFiles,
      'conditions/muscle-cramp.md',
      '## Red flags',
      '## Warning signs',
    )
    expect(compile(files).issues).toEqual([
      issue(
        'conditions/muscle-cramp.md',
        lineIn(fixtureFiles, 'conditions/muscle-cramp.md', '## Red flags'),
        'section',
        '"## Warning signs" is not an expected section',
      ),
      issue(
        'conditions/muscle-cramp.md',
        lineIn(fixtureFiles, 'conditions/muscle-cramp.md', '## First-line management'),
        'section',
        '"## Red flags" is missing; it belongs before "## First-line management"',
      ),
    ])
  })
})
