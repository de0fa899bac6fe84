import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { judge, readAllowList, type AllowEntry } from '../../../scripts/security/allow-list'
import type { Finding } from '../../../scripts/security/sarif-findings'

const finding = (check: string, file: string, code: string, line = 1): Finding => ({
  check,
  file,
  line,
  column: 1,
  message: 'm',
  code,
})
const entry = (over: Partial<AllowEntry>): AllowEntry => ({
  check: 'SANDBOX_JS_CHECK',
  file: 'main/index.js',
  code: 'new BrowserWindow(mainWindowOptions(',
  count: 1,
  reason: 'r',
  tests: ['tests/main/window-options.test.ts'],
  ...over,
})

describe('judging findings against the allow-list', () => {
  const window = finding(
    'SANDBOX_JS_CHECK',
    'main/index.js',
    'new BrowserWindow(mainWindowOptions(p))',
  )

  it('accepts a finding of the listed check, file and code', () => {
    const verdict = judge([window], [entry({})])
    expect(verdict.rejected).toEqual([])
    expect(verdict.allowed).toHaveLength(1)
    expect(verdict.unused).toEqual([])
  })

  it('rejects the same check on other code, in another file, or of another check', () => {
    const others = [
      finding('SANDBOX_JS_CHECK', 'main/index.js', 'new BrowserWindow({ webPreferences: {} })'),
      finding('SANDBOX_JS_CHECK', 'main/other.js', 'new BrowserWindow(mainWindowOptions(p))'),
      finding(
        'NODE_INTEGRATION_JS_CHECK',
        'main/index.js',
        'new BrowserWindow(mainWindowOptions(p))',
      ),
    ]
    expect(judge(others, [entry({})]).rejected).toEqual(others)
  })

  it('accepts no more findings than an entry counts', () => {
    const second = { ...window, line: 90 }
    const verdict = judge([window, second], [entry({})])
    expect(verdict.rejected).toEqual([second])
    expect(judge([window, second], [entry({ count: 2 })]).rejected).toEqual([])
  })

  it('matches hashed asset names with *, but not across folders', () => {
    const list = [
      entry({ file: 'renderer/assets/useExternalLink-*.js', code: 'bridge.openExternal(' }),
    ]
    const hashed = finding(
      'SANDBOX_JS_CHECK',
      'renderer/assets/useExternalLink-B4MO.js',
      'bridge.openExternal(x)',
    )
    const deeper = finding(
      'SANDBOX_JS_CHECK',
      'renderer/assets/useExternalLink-a/b.js',
      'bridge.openExternal(x)',
    )
    expect(judge([hashed, deeper], list).rejected).toEqual([deeper])
  })

  it('reports entries that accepted fewer findings than their count', () => {
    const verdict = judge([window], [entry({ count: 3 })])
    expect(verdict.unused).toEqual([{ entry: entry({ count: 3 }), matched: 1 }])
  })
})

describe('reading the allow-list', () => {
  it('reads the real list: every entry has a reason and names tests that exist', async () => {
    const list = await readAllowList('scripts/security/electronegativity-allow.yaml')
    expect(list.length).toBeGreaterThan(3)
    for (const e of list) expect(e.tests.length, `${e.check} ${e.code}`).toBeGreaterThan(0)
  })

  const made: string[] = []
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))))
  const listFile = async (yaml: string): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'atlas-allow-'))
    made.push(dir)
    const path = join(dir, 'allow.yaml')
    await writeFile(path, yaml)
    return path
  }
  const REASON = 'A reason long enough to say why the finding is safe here.'

  it('refuses an entry without a reason or with a short one', async () => {
    const path = await listFile(
      '- { check: SANDBOX_JS_CHECK, file: a.js, code: abc, reason: fine, tests: [tests/main/window-options.test.ts] }\n',
    )
    await expect(readAllowList(path)).rejects.toThrow(/entry 0\.reason: say why/)
  })

  it('refuses an entry that names no test, or a test that does not exist', async () => {
    const none = await listFile(
      `- { check: SANDBOX_JS_CHECK, file: a.js, code: abc, reason: ${REASON} }\n`,
    )
    await expect(readAllowList(none)).rejects.toThrow(/entry 0\.tests:/)
    const missing = await listFile(
      `- { check: SANDBOX_JS_CHECK, file: a.js, code: abc, reason: ${REASON}, tests: [tests/main/gone.test.ts] }\n`,
    )
    await expect(readAllowList(missing)).rejects.toThrow(
      /entry 0\.tests: tests\/main\/gone\.test\.ts does not exist/,
    )
  })
})
