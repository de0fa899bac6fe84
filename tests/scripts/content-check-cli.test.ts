import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { reviewToday } from '../review-today'

const run = promisify(execFile)
const SCRIPT = resolve('scripts/content-check.ts')
// Resolved here, because the copies the script runs in have no node_modules of their own.
const TSX = import.meta.resolve('tsx')
const today = reviewToday(
  (await readdir('resources/content', { recursive: true }))
    .filter((path) => path.endsWith('.md'))
    .map((path) => readFileSync(join('resources/content', path), 'utf8')),
)

/** Runs `npm run content:check`'s script in `cwd` (a copy of the project's content). */
async function check(cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', TSX, SCRIPT], {
      cwd,
      env: { ...process.env, ATLAS_TODAY: today },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('npm run content:check', () => {
  let clean: string
  let broken: string

  beforeAll(async () => {
    clean = await mkdtemp(join(tmpdir(), 'atlas-check-'))
    broken = await mkdtemp(join(tmpdir(), 'atlas-check-'))
    for (const dir of [clean, broken])
      await cp('resources/content', join(dir, 'resources/content'), { recursive: true })
    const topic = join(broken, 'resources/content/topics/cramps-after-sex.md')
    const text = await readFile(topic, 'utf8')
    // Two mistakes in one file: a missing field and an impossible date.
    await writeFile(
      topic,
      text
        .replace(/^summary: .*\n/m, '')
        .replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'),
    )
  })

  it('passes the real content and summarises it', async () => {
    const result = await check(clean)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/Content OK \(\d+ files\): 5 modules, 5 handouts/)
  })

  it('fails on a mistake, naming file, line and field for every problem', async () => {
    const result = await check(broken)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /resources\/content\/topics\/cramps-after-sex\.md:2: summary: is required/,
    )
    expect(result.stderr).toMatch(
      /resources\/content\/topics\/cramps-after-sex\.md:\d+: lastReviewed: must be a real date/,
    )
    expect(result.stderr).toMatch(/\d+ problems? in resources\/content/)
  })
})
