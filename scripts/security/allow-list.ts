/**
 * The reviewed allow-list: each entry accepts a fixed number of findings of one check, in one
 * file, pointing at code that contains a given text, and says why it is safe. A finding no entry
 * accepts fails the gate; so does one more finding than an entry's count.
 */
import { access, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import type { Finding } from './sarif-findings'

const entry = z.strictObject({
  check: z.string().regex(/^[A-Z_]+$/, 'a check id such as SANDBOX_JS_CHECK'),
  /** Path in the scanned folder; `*` matches any run of characters except `/` (hashed names). */
  file: z.string().min(1),
  /** Text the flagged code contains, so a new call elsewhere in the file is not accepted. */
  code: z.string().min(3),
  count: z.number().int().min(1).default(1),
  reason: z
    .string()
    .min(40, 'say why the finding is safe, and what guards it (40 characters or more)'),
  /** The tests that would fail if what the reason relies on broke. */
  tests: z
    .array(z.string().regex(/^tests\/.+\.test\.ts$/, 'a test file such as tests/main/x.test.ts'))
    .min(1, 'name the test that guards what the reason relies on'),
})
const allowList = z.array(entry)

export type AllowEntry = z.infer<typeof entry>

const PROJECT = resolve(import.meta.dirname, '../..')

/** Reads and checks the list: every entry has a reason and names tests that exist in `project`. */
export async function readAllowList(path: string, project = PROJECT): Promise<AllowEntry[]> {
  const parsed = allowList.safeParse(parse(await readFile(path, 'utf8')) ?? [])
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `  entry ${i.path.join('.')}: ${i.message}`)
  for (const [index, entry] of (parsed.data ?? []).entries()) {
    for (const test of entry.tests) {
      const exists = await access(join(project, test)).then(
        () => true,
        () => false,
      )
      if (!exists) problems.push(`  entry ${index}.tests: ${test} does not exist`)
    }
  }
  if (!parsed.success || problems.length)
    throw new Error(`${path} is not a valid allow-list:\n${problems.join('\n')}`)
  return parsed.data
}

const globToRegExp = (glob: string): RegExp =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)

export interface Verdict {
  /** Findings with the entry that accepts them. */
  allowed: { finding: Finding; entry: AllowEntry }[]
  /** Findings nothing accepts: the gate fails on these. */
  rejected: Finding[]
  /** Entries that accepted fewer findings than their count: the list should shrink. */
  unused: { entry: AllowEntry; matched: number }[]
}

export function judge(findings: Finding[], entries: AllowEntry[]): Verdict {
  const used = new Map<AllowEntry, number>()
  const verdict: Verdict = { allowed: [], rejected: [], unused: [] }
  for (const finding of findings) {
    const match = entries.find(
      (e) =>
        e.check === finding.check &&
        globToRegExp(e.file).test(finding.file) &&
        finding.code.includes(e.code) &&
        (used.get(e) ?? 0) < e.count,
    )
    if (!match) {
      verdict.rejected.push(finding)
      continue
    }
    used.set(match, (used.get(match) ?? 0) + 1)
    verdict.allowed.push({ finding, entry: match })
  }
  for (const entry of entries) {
    const matched = used.get(entry) ?? 0
    if (matched < entry.count) verdict.unused.push({ entry, matched })
  }
  return verdict
}
