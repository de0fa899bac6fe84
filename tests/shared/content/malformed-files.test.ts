import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSourceText, MAX_CONTENT_FILE_BYTES } from '@shared/content/parse/source-limits'
import { IssueList } from '@shared/content/issues'
import { readContentFiles } from '../../../src/main/content/read-content-files'
import {
  compile,
  edit,
  fixtureFiles,
  FIXTURE_ROOT,
  issue,
  lineIn,
  withFile,
} from './fixture-corpus'

const TOPIC = 'topics/leg-cramps.md'

/** The fixture topic with `extra` written into its text after the line holding `after`. */
function topicWith(after: string, extra: string) {
  return edit(fixtureFiles, TOPIC, after, `${after}${extra}`)
}

describe('a content file that is malformed gives an issue with file and line', () => {
  it('bad YAML in front matter: an unclosed quote on the line it opens, and nothing compiled', () => {
    const files = edit(fixtureFiles, TOPIC, 'title: Leg cramps after sex', 'title: "Leg cramps')
    const { issues, bundle } = compile(files)
    expect(issues.filter((i) => i.field === 'yaml')).toEqual([
      issue(TOPIC, lineIn(files, TOPIC, 'title: "Leg cramps'), 'yaml', 'Missing closing "quote'),
    ])
    expect(bundle.topics).toEqual([])
  })

  it('bad YAML in a YAML file: the line of the error', () => {
    const files = edit(fixtureFiles, 'red-flags.yaml', 'id:', 'id: [unclosed\n  x: y\n')
    const { issues } = compile(files)
    const yaml = issues.filter((i) => i.field === 'yaml')
    expect(yaml.length).toBeGreaterThan(0)
    expect(yaml[0]).toEqual(
      issue('red-flags.yaml', expect.any(Number) as never, 'yaml', 'check indentation and quoting'),
    )
    const opened = lineIn(files, 'red-flags.yaml', 'id: [unclosed')
    expect(yaml[0]!.line).toBeGreaterThanOrEqual(opened)
    expect(yaml[0]!.line).toBeLessThanOrEqual(opened + 2)
  })

  it('YAML aliases that expand without end are refused on the alias line, not run', () => {
    const bomb = [
      'id: cramp-table',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n')
    const { issues } = compile(withFile(fixtureFiles, 'comparisons/cramp-table.yaml', bomb))
    expect(issues).toContainEqual(
      issue('comparisons/cramp-table.yaml', 3, 'yaml', /alias.*write the values out/),
    )
  })

  it('a YAML value that contains itself is reported as invalid, never followed', () => {
    const loop = 'id: cramp-table\ntitle: &t [*t]\nrows: &r\n  - *r\n'
    const { issues } = compile(withFile(fixtureFiles, 'comparisons/cramp-table.yaml', loop))
    expect(issues).toContainEqual(issue('comparisons/cramp-table.yaml', 2, 'title', 'string'))
  })

  it('a NUL character: its line and column, and nothing else read from the file', () => {
    const files = topicWith('## Physiology\n', '\nText with a \0 in it.\n')
    const { issues, bundle } = compile(files)
    const line = lineIn(files, TOPIC, 'Text with a')
    expect(issues).toContainEqual(issue(TOPIC, line, 'file', 'a NUL character at column 13'))
    expect(bundle.topics).toEqual([])
    // Still known by name: the handout for it is not reported as orphaned.
    expect(issues.filter((i) => /no module "leg-cramps"/.test(i.message))).toEqual([])
  })

  it('a NUL byte in a YAML file is refused too', () => {
    const files = edit(fixtureFiles, 'red-flags.yaml', 'id:', 'id:\0')
    const { issues } = compile(files)
    expect(issues[0]).toEqual(
      issue('red-flags.yaml', lineIn(files, 'red-flags.yaml', 'id:'), 'file', 'NUL character'),
    )
  })

  it('bytes that are not UTF-8 (read as U+FFFD) are refused with their line', () => {
    const files = topicWith('## Physiology\n', '\nCaf\uFFFD text.\n')
    const { issues } = compile(files)
    expect(issues).toContainEqual(
      issue(TOPIC, lineIn(files, TOPIC, 'Caf\uFFFD'), 'file', 'not UTF-8 at column 4'),
    )
  })

  it(
    'a 10 MB file is refused, naming the line where it passes the limit',
    { timeout: 30_000 },
    () => {
      const paragraph = 'Cramp text that goes on and on. [[hormone:oxytocin]]\n\n'
      const big = topicWith('## Physiology\n', paragraph.repeat(Math.ceil(10e6 / paragraph.length)))
      const text = big.find((f) => f.path === TOPIC)!.text
      expect(text.length).toBeGreaterThan(10e6)
      const { issues, bundle } = compile(big)
      // Refused before parsing (parsing it all takes seconds): the topic is not in the bundle.
      expect(bundle.topics).toEqual([])
      const lines = text.split('\n')
      let bytes = 0
      const passing = lines.findIndex(
        (l) => (bytes += Buffer.byteLength(`${l}\n`)) > MAX_CONTENT_FILE_BYTES,
      )
      expect(issues).toContainEqual(issue(TOPIC, passing + 1, 'file', 'larger than the 1.0 MB'))
    },
  )

  it('counts the limit in UTF-8 bytes, to the byte, and names the line that passes it', () => {
    const fits = (text: string, limit = 10) => checkSourceText('f.md', text, new IssueList(), limit)
    expect(fits('a'.repeat(10))).toBe(true)
    expect(fits('a'.repeat(11))).toBe(false)
    expect(fits('é'.repeat(5))).toBe(true) // 2 bytes each
    expect(fits(`${'é'.repeat(5)}a`)).toBe(false)
    expect(fits(`${'😀'.repeat(2)}ab`)).toBe(true) // 4 bytes each
    expect(fits('😀'.repeat(3))).toBe(false)
    expect(fits('a'.repeat(MAX_CONTENT_FILE_BYTES), MAX_CONTENT_FILE_BYTES)).toBe(true)
    const issues = new IssueList()
    checkSourceText('f.md', 'abcd\nefgh\nijkl', issues, 7)
    expect(issues.items).toEqual([
      expect.objectContaining({ file: 'f.md', line: 2, field: 'file' }),
    ])
  })
})

describe('cross-links that form cycles', () => {
  it('are normal: a module, a condition and a hormone linking round, and a self-link, compile', () => {
    let files = topicWith('## Physiology\n', '\nSee also [[module:leg-cramps]].\n')
    files = edit(
      files,
      'hormones/oxytocin.md',
      '## ',
      'Back to [[condition:muscle-cramp]] and [[module:leg-cramps]].\n\n## ',
    )
    const { issues, bundle } = compile(files)
    expect(issues.filter((i) => /cycle|loop|recurs/i.test(i.message))).toEqual([])
    expect(bundle.topics.map((t) => t.id)).toEqual(['leg-cramps'])
    expect(JSON.stringify(bundle.backlinks)).toContain('oxytocin')
  })

  it('spelling folds must not chain: a cycle of two is reported on its lines', () => {
    const synonyms = [
      'spellings:',
      '  cramp: crampe',
      '  crampe: cramp',
      'groups:',
      '  - means: muscle cramp',
      '    terms: [charley horse]',
      '    find: [condition:muscle-cramp]',
    ].join('\n')
    const { issues } = compile(withFile(fixtureFiles, 'synonyms.yaml', synonyms))
    const chained = issues.filter((i) => i.field.startsWith('spellings.'))
    expect(chained).toEqual([
      issue('synonyms.yaml', 2, 'spellings.cramp', 'is itself a variant here'),
      issue('synonyms.yaml', 3, 'spellings.crampe', 'is itself a variant here'),
    ])
  })
})

describe('npm run content:check on a folder with malformed files', () => {
  const made: string[] = []
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))))

  it(
    'lists each with file and line and exits 1, without reading a huge file whole',
    { timeout: 60_000 },
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'atlas-malformed-'))
      made.push(root)
      await cp(FIXTURE_ROOT, root, { recursive: true })
      await writeFile(join(root, 'hormones', 'oxytocin.md'), 'id: x\0\n')
      // Past the reader's cap (twice the limit), so only its start is read.
      await writeFile(join(root, 'conditions', 'huge.md'), `---\n${'a: b\n'.repeat(6e5)}`)
      const read = await readContentFiles(root)
      expect(read.find((f) => f.path === 'conditions/huge.md')!.text.length).toBeLessThanOrEqual(
        2 * MAX_CONTENT_FILE_BYTES,
      )
      const result = await promisify(execFile)(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), resolve('scripts/content-check.ts')],
        {
          env: { ...process.env, ATLAS_CONTENT_ROOT: root, ATLAS_TODAY: '2026-06-01' },
          timeout: 60_000,
        },
      ).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      )
      expect(result.code).toBe(1)
      const lines = result.stderr.split('\n')
      expect(lines).toContainEqual(
        expect.stringMatching(/hormones\/oxytocin\.md:1: file: a NUL character at column 6/),
      )
      expect(lines).toContainEqual(
        expect.stringMatching(
          /conditions\/huge\.md:\d+: file: the file is larger than the 1\.0 MB/,
        ),
      )
    },
  )
})
