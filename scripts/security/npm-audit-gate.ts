/**
 * `npm run security:audit`: `npm audit --omit=dev`, failing on any high or critical advisory in
 * a runtime dependency.
 *
 * Some registries (the one these machines reach among them) refuse npm's advisory request. Then
 * nothing was checked: the gate says so on one line, as a CI warning, and passes, unless
 * ATLAS_AUDIT_REQUIRED=1 (set it where the advisory service is reachable) makes that a failure.
 * Output it cannot read is a failure, never a pass.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { FAILING, readAudit } from './audit-report'

const run = promisify(execFile)

async function audit(): Promise<string> {
  // npm exits 1 both when it finds something and when it cannot ask: read the JSON either way.
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  // npm waits five minutes for a silent server by default; a minute is plenty for the answer.
  const args = ['audit', '--omit=dev', '--json', '--fetch-retries=1', '--fetch-timeout=60000']
  return run(npm, args, { maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' }).then(
    (r) => r.stdout,
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  )
}

async function main(): Promise<number> {
  const verdict = readAudit(await audit())
  if (verdict.kind === 'unreachable') {
    const required = process.env['ATLAS_AUDIT_REQUIRED'] === '1'
    console.log(
      `::${required ? 'error' : 'warning'} title=npm audit did not run::Runtime dependencies were NOT checked for known vulnerabilities: ${verdict.reason}.` +
        (required
          ? ''
          : ' Run "npm run security:audit" where the npm advisory service is reachable.'),
    )
    return required ? 1 : 0
  }
  if (verdict.kind === 'unreadable') {
    console.error(
      `npm audit gave output the gate cannot read, so nothing is known:\n${verdict.output}`,
    )
    return 1
  }
  const { counts, failing, packages } = verdict
  const summary = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => `${n} ${severity}`)
  console.log(
    `npm audit: ${packages} runtime packages; ${summary.length ? summary.join(', ') : 'no known vulnerabilities'}.`,
  )
  for (const v of failing) {
    console.error(`  ${v.severity.toUpperCase()} ${v.name}: ${v.advisories.join('; ')}`)
    console.error(
      `    ${v.fix ? 'a fix is available: npm audit fix --omit=dev' : 'no fix yet: replace or remove the package'}`,
    )
  }
  if (failing.length) {
    console.error(
      `\nnpm audit failed: ${failing.length} runtime package(s) with ${FAILING.join(' or ')} advisories.`,
    )
    return 1
  }
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `npm audit gate could not run: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  },
)
