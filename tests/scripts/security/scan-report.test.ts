import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { judge, type AllowEntry } from '../../../scripts/security/allow-list'
import { readFindings, type Finding } from '../../../scripts/security/sarif-findings'
import { scanReport, type ScanFacts } from '../../../scripts/security/scan-report'

const sandbox: Finding = {
  check: 'SANDBOX_JS_CHECK',
  file: 'main/index.js',
  line: 12,
  column: 3,
  message: 'Review the use of the sandbox property',
  code: 'new BrowserWindow(mainWindowOptions(p))',
}
const entry: AllowEntry = {
  check: 'SANDBOX_JS_CHECK',
  file: 'main/index.js',
  code: 'new BrowserWindow(mainWindowOptions(',
  count: 1,
  reason: 'sandbox is true in mainWindowOptions(). More words.',
  tests: ['tests/main/window-options.test.ts'],
}

function facts(findings: Finding[], entries: AllowEntry[], over: Partial<ScanFacts> = {}) {
  return scanReport({
    input: 'out',
    sarif: 'report.sarif',
    allowPath: 'allow.yaml',
    checks: 41,
    excluded: {},
    verdict: judge(findings, entries),
    unreadable: [],
    findings: findings.length,
    ...over,
  })
}

describe('the scan verdict', () => {
  it('passes when every finding is accepted, naming each with its reason', () => {
    const outcome = facts([sandbox], [entry])
    expect(outcome.passed).toBe(true)
    expect(outcome.err).toEqual([])
    expect(outcome.out).toContain(
      '  allowed  SANDBOX_JS_CHECK at main/index.js:12:3: sandbox is true in mainWindowOptions()',
    )
    expect(outcome.out.at(-1)).toBe('Security scan passed: 1 finding(s), all reviewed.')
  })

  it('fails on a new finding, with its place, code and what to do', () => {
    const planted = {
      ...sandbox,
      line: 40,
      code: 'new BrowserWindow({ webPreferences: { sandbox: false } })',
    }
    const outcome = facts([sandbox, planted], [entry])
    expect(outcome.passed).toBe(false)
    expect(outcome.err).toContain(
      '  NEW      SANDBOX_JS_CHECK at main/index.js:40:3: Review the use of the sandbox property',
    )
    expect(outcome.err.join('\n')).toMatch(/code: new BrowserWindow\(\{ webPreferences/)
    expect(outcome.err.join('\n')).toMatch(
      /Security scan failed: 1 finding\(s\) not in allow\.yaml\.\nFor a new finding, fix the code/,
    )
  })

  it('fails on an allow-list entry that matches fewer findings than it accepts', () => {
    const outcome = facts([], [entry])
    expect(outcome.passed).toBe(false)
    expect(outcome.err[0]).toMatch(
      /STALE +allow-list entry SANDBOX_JS_CHECK in main\/index\.js .* matched 0 of 1/,
    )
    expect(facts([sandbox], [{ ...entry, count: 2 }]).passed).toBe(false)
  })

  it('fails when the scanner could not read a file, even with no findings', () => {
    const outcome = facts([], [], {
      unreadable: [{ file: 'main/index.js', message: 'Unexpected token' }],
    })
    expect(outcome.passed).toBe(false)
    expect(outcome.err).toContain(
      '  UNREAD   main/index.js: the scanner could not parse it (Unexpected token)',
    )
  })
})

describe('reading the SARIF report', () => {
  const made: string[] = []
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))))
  const folder = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-sarif-'))
    made.push(dir)
    return dir
  }
  const report = (results: unknown[]) => JSON.stringify({ version: '2.1.0', runs: [{ results }] })

  it('reads each finding with the code it points at', async () => {
    const root = await folder()
    await mkdir(join(root, 'main'))
    await writeFile(join(root, 'main', 'index.js'), 'one\n  shell.openExternal(url)\nthree\n')
    const sarif = join(root, 'r.sarif')
    await writeFile(
      sarif,
      report([
        {
          ruleId: 'OPEN_EXTERNAL_JS_CHECK',
          message: { text: 'Review openExternal' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'main/index.js' },
                region: { startLine: 2, startColumn: 3, charLength: 23 },
              },
            },
          ],
        },
      ]),
    )
    expect(await readFindings(sarif, root)).toEqual([
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'main/index.js',
        line: 2,
        column: 3,
        message: 'Review openExternal',
        code: 'shell.openExternal(url)',
      },
    ])
  })

  it.each([
    ['not JSON', '{"version": "2.1.0", "runs": ['],
    ['another SARIF version', JSON.stringify({ version: '1.0.0', runs: [{ results: [] }] })],
    ['no runs', JSON.stringify({ version: '2.1.0', runs: [] })],
    [
      'a result without a location',
      report([{ ruleId: 'X', message: { text: 'm' }, locations: [] }]),
    ],
  ])('refuses a report that is %s, so the gate cannot pass on it', async (_name, text) => {
    const root = await folder()
    await writeFile(join(root, 'r.sarif'), text)
    await expect(readFindings(join(root, 'r.sarif'), root)).rejects.toThrow()
  })

  it('refuses a missing report', async () => {
    await expect(readFindings(join(tmpdir(), 'no-such-report.sarif'), tmpdir())).rejects.toThrow(
      /ENOENT/,
    )
  })
})
