/**
 * What `npm audit --json` said: a report (pass or fail on high and critical), or that the
 * advisory service could not be asked, which is not a pass and is said so.
 */
import { z } from 'zod'

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
/** Severities that fail the gate. */
export const FAILING = ['high', 'critical'] as const

const report = z.object({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(
    z.string(),
    z.object({
      name: z.string(),
      severity: z.enum(SEVERITIES),
      via: z.array(z.union([z.string(), z.object({ title: z.string(), url: z.string() }).loose()])),
      fixAvailable: z.unknown(),
    }),
  ),
  metadata: z.object({
    vulnerabilities: z.record(z.enum([...SEVERITIES, 'total']), z.number()),
    dependencies: z.object({ prod: z.number() }).loose(),
  }),
})
/** npm's shape when the advisory request failed: a message, sometimes an HTTP status. */
const requestFailed = z.object({ message: z.string(), statusCode: z.number().optional() })

export type AuditVerdict =
  | {
      kind: 'report'
      /** Runtime packages audited. */
      packages: number
      counts: Record<(typeof SEVERITIES)[number], number>
      failing: { name: string; severity: string; advisories: string[]; fix: boolean }[]
    }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'unreadable'; output: string }

export function readAudit(stdout: string): AuditVerdict {
  let json: unknown
  try {
    json = JSON.parse(stdout)
  } catch {
    return { kind: 'unreadable', output: stdout.slice(0, 300) }
  }
  const parsed = report.safeParse(json)
  if (parsed.success) {
    const { vulnerabilities, metadata } = parsed.data
    const counts = Object.fromEntries(
      SEVERITIES.map((s) => [s, metadata.vulnerabilities[s] ?? 0]),
    ) as Record<(typeof SEVERITIES)[number], number>
    const failing = Object.values(vulnerabilities)
      .filter((v) => (FAILING as readonly string[]).includes(v.severity))
      .map((v) => ({
        name: v.name,
        severity: v.severity,
        // A string in `via` is another vulnerable package this one pulls in.
        advisories: v.via.map((via) =>
          typeof via === 'string' ? `through ${via}` : `${via.title} (${via.url})`,
        ),
        fix: v.fixAvailable !== false,
      }))
    return { kind: 'report', packages: metadata.dependencies.prod, counts, failing }
  }
  const failed = requestFailed.safeParse(json)
  if (failed.success && /audit|advisor/i.test(failed.data.message)) {
    const status = failed.data.statusCode
    const reason =
      status === 405
        ? 'the registry does not offer the advisory service (405 Method Not Allowed)'
        : status
          ? `the advisory service answered ${status}`
          : `the advisory service could not be reached (${failed.data.message.replace(/^.*reason: /, '')})`
    return { kind: 'unreachable', reason }
  }
  return { kind: 'unreadable', output: stdout.slice(0, 300) }
}
