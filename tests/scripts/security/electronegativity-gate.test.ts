import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const GATE = resolve('scripts/security/electronegativity-gate.ts')
const TSX = import.meta.resolve('tsx')

/** A built app in miniature: a window, a preload and a page, as electron-vite lays them out. */
const SAFE_MAIN = `import { app, BrowserWindow } from 'electron'
app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.webContents.session.setPermissionRequestHandler((_c, _p, callback) => callback(false))
  window.loadURL('app://atlas/index.html')
})
`
const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'">
</head><body></body></html>
`
// The same app with one planted mistake, as the electron-vite template has it: no sandbox.
const PLANTED_MAIN = SAFE_MAIN.replace('sandbox: true', 'sandbox: false')

async function app(root: string, main: string): Promise<string> {
  for (const [path, text] of [
    ['main/index.js', main],
    ['renderer/index.html', PAGE],
  ] as const) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}

async function gate(input: string, allow: string, sarif: string) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', TSX, GATE, '--input', input, '--allow', allow, '--sarif', sarif],
      { timeout: 120_000 },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

// Each case loads and runs the real scanner in its own process: seconds each.
describe('the Electronegativity gate (npm run security:scan)', { timeout: 120_000 }, () => {
  let dir: string
  let allow: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-scan-'))
    allow = join(dir, 'allow.yaml')
    // The page's script-src 'self' is reviewed, as in the real list.
    await writeFile(
      allow,
      `- check: CSP_GLOBAL_CHECK
  file: renderer/index.html
  code: script-src 'self'
  reason: A fixture page served only from the app's own folder, with nothing else to load.
  tests: [tests/scripts/security/electronegativity-gate.test.ts]
`,
    )
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('passes a safe app whose only finding is reviewed, and writes SARIF', async () => {
    const input = await app(join(dir, 'safe'), SAFE_MAIN)
    const sarif = join(dir, 'safe.sarif')
    const result = await gate(input, allow, sarif)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/allowed {2}CSP_GLOBAL_CHECK at renderer\/index\.html:/)
    expect(result.stdout).toMatch(/Security scan passed: 1 finding\(s\), all reviewed/)
    const report = JSON.parse(await readFile(sarif, 'utf8'))
    expect(report.version).toBe('2.1.0')
    expect(report.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'CSP_GLOBAL_CHECK',
    ])
  })

  it('fails on a planted finding, naming the check, the place and the code', async () => {
    const input = await app(join(dir, 'planted'), PLANTED_MAIN)
    const result = await gate(input, allow, join(dir, 'planted.sarif'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/NEW {6}SANDBOX_JS_CHECK at main\/index\.js:4:\d+/)
    expect(result.stderr).toMatch(/code: sandbox: false/)
    expect(result.stderr).toMatch(/Security scan failed: 1 finding\(s\) not in .*allow\.yaml/)
  })

  it('fails when the allow-list entry has no reason, before scanning', async () => {
    const bad = join(dir, 'bad.yaml')
    await writeFile(
      bad,
      `- { check: CSP_GLOBAL_CHECK, file: renderer/index.html, code: script-src }\n`,
    )
    const result = await gate(join(dir, 'safe'), bad, join(dir, 'bad.sarif'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/not a valid allow-list:\n {2}entry 0\.reason/)
  })

  it('refuses to pass when there is no built app to scan', async () => {
    const result = await gate(join(dir, 'missing'), allow, join(dir, 'missing.sarif'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/No built app in .*missing: run "npm run build" first/)
  })
})
