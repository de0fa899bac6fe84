/**
 * What the security scan says and whether it passes, from the allow-list's verdict: kept apart
 * from the scanner so the decision is tested without running it.
 */
import type { Verdict } from './allow-list'
import type { Finding } from './sarif-findings'

export interface ScanOutcome {
  /** Lines for stdout: what was scanned, left out and accepted. */
  out: string[]
  /** Lines for stderr: what fails the gate, and what to do. */
  err: string[]
  passed: boolean
}

export interface ScanFacts {
  input: string
  sarif: string
  allowPath: string
  checks: number
  excluded: Record<string, string>
  verdict: Verdict
  /** Files the scanner could not parse: unscanned code. */
  unreadable: { file: string; message: string }[]
  findings: number
}

const where = (f: Finding): string => `${f.file}:${f.line}:${f.column}`
const short = (code: string): string => (code.length > 70 ? `${code.slice(0, 67)}...` : code)

/**
 * Fails on a finding no entry accepts, on a file the scanner could not read, and on an entry
 * that matched fewer findings than it accepts (the code changed: the list must shrink, or a
 * later finding could slip in under a stale entry).
 */
export function scanReport(facts: ScanFacts): ScanOutcome {
  const { verdict, unreadable, allowPath } = facts
  const out = [
    `Electronegativity: ${facts.checks} checks on ${facts.input}; SARIF in ${facts.sarif}`,
  ]
  const err: string[] = []
  for (const [check, why] of Object.entries(facts.excluded))
    out.push(`  not run: ${check} (${why})`)
  for (const { finding, entry } of verdict.allowed)
    out.push(`  allowed  ${finding.check} at ${where(finding)}: ${entry.reason.split('. ')[0]}`)
  for (const finding of verdict.rejected)
    err.push(
      `  NEW      ${finding.check} at ${where(finding)}: ${finding.message}`,
      `           code: ${short(finding.code)}`,
    )
  for (const { entry, matched } of verdict.unused)
    err.push(
      `  STALE    allow-list entry ${entry.check} in ${entry.file} ("${short(entry.code)}") matched ${matched} of ${entry.count}: remove it or lower its count`,
    )
  for (const { file, message } of unreadable)
    err.push(`  UNREAD   ${file}: the scanner could not parse it (${message})`)

  const problems = [
    verdict.rejected.length && `${verdict.rejected.length} finding(s) not in ${allowPath}`,
    verdict.unused.length && `${verdict.unused.length} stale allow-list entr(ies)`,
    unreadable.length && `${unreadable.length} file(s) the scanner could not read`,
  ].filter(Boolean)
  if (problems.length) {
    err.push(
      '',
      `Security scan failed: ${problems.join(', ')}.`,
      'For a new finding, fix the code; if the scanner cannot see why it is safe, add an entry to ' +
        `${allowPath} with the reason and the test that guards it, and have it reviewed.`,
    )
    return { out, err, passed: false }
  }
  out.push(`Security scan passed: ${facts.findings} finding(s), all reviewed.`)
  return { out, err, passed: true }
}
