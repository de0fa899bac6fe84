import { describe, expect, it } from 'vitest'
import { compile, edit, fixtureFiles, issue, lineIn, withFile } from './fixture-corpus'

const FILE = 'synonyms.yaml'

/** A synonyms file for the fixture corpus: every target exists, no word is said twice. */
const VALID = `spellings:
  hemorrhage: haemorrhage
groups:
  - means: exercise-associated muscle cramp
    terms: [EAMC, charley horse]
    find: [condition:muscle-cramp, module:leg-cramps#red-flags, compare:cramp-table]
  - means: oxytocin
    terms: [love hormone]
    find: [hormone:oxytocin, handout:leg-cramps]
`

const withSynonyms = (text: string) => withFile(fixtureFiles, FILE, text)
const line = (text: string, needle: string) => lineIn(withSynonyms(text), FILE, needle)

function compileWith(text: string) {
  return compile(withSynonyms(text))
}

describe('synonyms.yaml', () => {
  it('compiles a valid file into the bundle, with no issues', () => {
    const { issues, bundle } = compileWith(VALID)
    expect(issues).toEqual([])
    expect(bundle.synonyms.spellings).toEqual({ hemorrhage: 'haemorrhage' })
    expect(bundle.synonyms.groups).toEqual([
      {
        means: 'exercise-associated muscle cramp',
        terms: ['EAMC', 'charley horse'],
        find: ['condition:muscle-cramp', 'module:leg-cramps#red-flags', 'compare:cramp-table'],
      },
      {
        means: 'oxytocin',
        terms: ['love hormone'],
        find: ['hormone:oxytocin', 'handout:leg-cramps'],
      },
    ])
  })

  it('is optional: without it, search has no synonyms and nothing is reported', () => {
    const { issues, bundle } = compile(fixtureFiles)
    expect(issues).toEqual([])
    expect(bundle.synonyms).toEqual({ spellings: {}, groups: [] })
  })

  it('refuses a target that does not exist, with file, line and the likely id', () => {
    const text = VALID.replace('condition:muscle-cramp,', 'condition:muscle-cramps,')
    const { issues, bundle } = compileWith(text)
    expect(issues).toEqual([
      issue(
        FILE,
        line(text, 'condition:muscle-cramps'),
        'groups.0.find',
        'no condition "muscle-cramps" (resources/content/conditions/muscle-cramps.md does not exist); did you mean "condition:muscle-cramp"?',
      ),
    ])
    // The rest of the group still works.
    expect(bundle.synonyms.groups[0]!.find).toEqual([
      'module:leg-cramps#red-flags',
      'compare:cramp-table',
    ])
  })

  it('refuses a module section that does not exist, listing the sections there are', () => {
    const text = VALID.replace('#red-flags', '#red-flag')
    expect(compileWith(text).issues).toEqual([
      issue(
        FILE,
        line(text, '#red-flag'),
        'groups.0.find',
        /module "leg-cramps" has no section "red-flag"; its sections are: learning-objectives, .*red-flags/,
      ),
    ])
  })

  it('refuses a target of an unknown kind, saying which kinds there are', () => {
    const text = VALID.replace('handout:leg-cramps]', 'handout:leg-cramps, table:cramp-table]')
    expect(compileWith(text).issues).toEqual([
      issue(
        FILE,
        line(text, 'table:cramp-table'),
        'groups.1.find.2',
        'write "condition:<id>", "hormone:<id>", "module:<id>", "module:<id>#<section>", "compare:<id>" or "handout:<module-id>"',
      ),
    ])
  })

  it('refuses hormones, tables and handouts that do not exist', () => {
    const text = VALID.replace(
      'find: [hormone:oxytocin, handout:leg-cramps]',
      `find:
      - hormone:prolactin
      - compare:cramps
      - handout:back-pain`,
    )
    expect(compileWith(text).issues).toEqual([
      issue(FILE, line(text, 'hormone:prolactin'), 'groups.1.find', 'no hormone "prolactin"'),
      issue(FILE, line(text, 'compare:cramps'), 'groups.1.find', 'no comparison table "cramps"'),
      issue(
        FILE,
        line(text, 'handout:back-pain'),
        'groups.1.find',
        'no patient handout "back-pain"',
      ),
    ])
  })

  it('refuses a word said twice: in two groups, or already an entry name or alias', () => {
    const text = VALID.replace('[love hormone]', '[love hormone, Charley-Horse]').replace(
      '[EAMC, charley horse]',
      '[EAMC, charley horse, Exercise-associated muscle cramp]',
    )
    expect(compileWith(text).issues).toEqual([
      issue(
        FILE,
        line(text, 'EAMC'),
        'groups.0.terms',
        '"Exercise-associated muscle cramp" is what "means" already says',
      ),
      issue(
        FILE,
        line(text, 'Charley-Horse'),
        'groups.1.terms',
        `"Charley-Horse" is already a term on line ${line(text, 'EAMC')}`,
      ),
    ])
    const alias = edit(
      fixtureFiles,
      'conditions/muscle-cramp.md',
      'urgency:',
      'aliases: [EAMC]\nurgency:',
    )
    expect(compile(withFile(alias, FILE, VALID)).issues).toEqual([
      issue(
        FILE,
        line(VALID, 'EAMC'),
        'groups.0.terms',
        '"EAMC" is already the name or an alias of condition:muscle-cramp (fx/conditions/muscle-cramp.md), so search finds that entry by it; remove it here',
      ),
    ])
  })

  it('refuses spellings that could never match or that chain', () => {
    const text = VALID.replace(
      'hemorrhage: haemorrhage',
      'hemorrhage: haemorrhage\n  tumors: tumours\n  edema: edema\n  anemia: anaemia\n  anaemia: anemia',
    )
    expect(compileWith(text).issues).toEqual([
      issue(FILE, line(text, 'tumors'), 'spellings.tumors', 'write its singular form "tumor"'),
      issue(FILE, line(text, 'edema'), 'spellings.edema', 'maps to itself'),
      issue(
        FILE,
        line(text, 'anemia: anaemia'),
        'spellings.anemia',
        '"anaemia" is itself a variant',
      ),
      issue(
        FILE,
        line(text, 'anaemia: anemia'),
        'spellings.anaemia',
        '"anemia" is itself a variant',
      ),
    ])
  })

  it('reports a malformed file by field and line, like every content file', () => {
    const text = VALID.replace('    terms: [love hormone]\n', '').replace(
      'means: oxytocin',
      'mean: oxytocin',
    )
    expect(compileWith(text).issues).toEqual([
      issue(FILE, line(text, 'mean: oxytocin'), 'groups.1.means', 'is required'),
      issue(FILE, line(text, 'mean: oxytocin'), 'groups.1.terms', 'is required'),
      issue(FILE, line(text, 'mean: oxytocin'), 'groups.1.mean', 'is not a known field'),
    ])
  })
})
