/**
 * `npm run security:scan`: scans the built app (out/) with Electronegativity, writes SARIF, and
 * fails on any finding the reviewed allow-list does not accept, on an allow-list entry that no
 * longer matches, on a file the scanner could not read, and on a report it cannot read. Run
 * `npm run build` first.
 *
 * Options: --input <folder> (default out), --allow <file> (default the list beside this
 * script), --sarif <file> (default test-results/electronegativity.sarif).
 */
import { mkdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { judge, readAllowList } from './allow-list'
import { EXCLUDED_CHECKS, scanOffline } from './scan-offline'
import { readFindings, type Finding } from './sarif-findings'
import { scanReport } from './scan-report'

const PROJECT = resolve(import.meta.dirname, '../..')
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: join(PROJECT, 'out') },
    allow: { type: 'string', default: join(import.meta.dirname, 'electronegativity-allow.yaml') },
    sarif: { type: 'string', default: join(PROJECT, 'test-results/electronegativity.sarif') },
  },
})

async function main(): Promise<number> {
  const input = resolve(values.input)
  if (!(await stat(input).catch(() => null))?.isDirectory()) {
    console.error(`No built app in ${input}: run "npm run build" first.`)
    return 1
  }
  const pkg = JSON.parse(await readFile(join(PROJECT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }
  const entries = await readAllowList(values.allow)
  await mkdir(dirname(values.sarif), { recursive: true })
  const summary = await scanOffline({
    input,
    sarif: values.sarif,
    electronVersion: pkg.devDependencies['electron']!,
  })
  let findings: Finding[]
  try {
    findings = await readFindings(values.sarif, input)
  } catch (error) {
    console.error(
      `Security scan failed: the scanner's report ${values.sarif} could not be read, so nothing is known (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
    )
    return 1
  }
  const { out, err, passed } = scanReport({
    input,
    sarif: values.sarif,
    allowPath: values.allow,
    checks: summary.checks,
    excluded: EXCLUDED_CHECKS,
    verdict: judge(findings, entries),
    unreadable: summary.unreadable,
    findings: findings.length,
  })
  for (const line of out) console.log(line)
  for (const line of err) console.error(line)
  return passed ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Security scan could not run: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exit(1)
  },
)
