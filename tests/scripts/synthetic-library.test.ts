import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { compileContent } from '@shared/content/compile-content'
import { formatIssue } from '@shared/content/issues'
import { readContentFiles } from '../../src/main/content/read-content-files'
import { measureReadability } from '../../build/readability'
import { generateLibrary, syntheticFiles } from '../../scripts/synthetic-library/generate-library'

const run = promisify(execFile)
const TSX = import.meta.resolve('tsx')
const TODAY = '2026-12-20'
const real = await readContentFiles('resources/content')
const realIds = real
  .map((f) => /^topics\/(.+)\.md$/.exec(f.path)?.[1])
  .filter(Boolean)
  .sort() as string[]
const compile = (files: typeof real) =>
  compileContent(files, { today: TODAY, readability: measureReadability })
// A copy inherits any problem its real module has; the generator must add none of its own.
const realProblems = new Set(compile(real).issues.map((i) => `${i.field}: ${i.message}`))

describe('the synthetic library', () => {
  // Two whole generations and a partial one: copies whose siblings are missing too.
  const topics = realIds.length * 2 + 2
  const { files, topics: ids } = syntheticFiles(real, topics)
  const { bundle, issues } = compile(files)

  it('compiles with no problem the real content does not already have', () => {
    const added = issues.filter((i) => !realProblems.has(`${i.field}: ${i.message}`))
    expect(added.map(formatIssue)).toEqual([])
  })

  it('has the number of modules asked for, each with a quiz, handout and its own id and title', () => {
    expect(ids).toHaveLength(topics)
    expect(new Set(ids).size).toBe(topics)
    expect(bundle.topics.map((t) => t.id).sort()).toEqual([...ids].sort())
    expect(bundle.handouts.map((h) => h.topic).sort()).toEqual([...ids].sort())
    expect(new Set(bundle.topics.map((t) => t.title)).size).toBe(topics)
    for (const topic of bundle.topics) expect(topic.quiz.length, topic.id).toBeGreaterThan(4)
  })

  it('keeps the real modules as they are and cites only real bibliography keys', () => {
    for (const id of realIds) {
      const path = `topics/${id}.md`
      expect(files.find((f) => f.path === path)?.text).toBe(real.find((f) => f.path === path)?.text)
    }
    const keys = new Set(
      [...real.find((f) => f.path === 'bibliography.yaml')!.text.matchAll(/key: (\S+)/g)].map(
        (m) => m[1],
      ),
    )
    const copy = bundle.topics.find((t) => t.id.endsWith('-s1'))!
    expect(copy.references.length).toBeGreaterThan(5)
    for (const reference of copy.references) expect(keys).toContain(reference.key)
  })

  it('links each copy to the copies of its own generation, and back to real ones when missing', () => {
    const base = realIds[0]!
    const copy = bundle.topics.find((t) => t.id === `${base}-s1`)!
    expect(copy.related.length).toBeGreaterThan(0)
    for (const id of copy.related) expect(id).toMatch(/-s1$/)
    const html = copy.sections.flatMap((s) => s.blocks).map((b) => ('html' in b ? b.html : ''))
    const links = [...html.join('').matchAll(/href="#\/modules\/([a-z0-9-]+)/g)].map((m) => m[1])
    expect(links.length).toBeGreaterThan(0)
    for (const id of links) expect(id).toMatch(/-s1$/)
    // The third generation has only two modules: links to the others fall back to real ids.
    const partial = bundle.topics.find((t) => t.id === `${realIds[2]}-s2`)
    const last = bundle.topics.find((t) => t.id === `${realIds[1]}-s2`)!
    expect(partial).toBeUndefined()
    expect(last.related.some((id) => realIds.includes(id))).toBe(true)
  })

  it('gives every copy a comparison row of its own and its deck when the real module has one', () => {
    const rows = bundle.comparisons.flatMap((t) => t.rows)
    const copies = ids.filter((id) => !realIds.includes(id))
    for (const id of copies) {
      expect(
        rows.filter((r) => r.modules.includes(id)),
        id,
      ).toHaveLength(1)
    }
    const decked = new Set(bundle.decks.map((d) => d.id))
    for (const id of copies) {
      const base = realIds.find((b) => id.startsWith(`${b}-s`))!
      expect(decked.has(id), id).toBe(decked.has(base))
    }
  })

  it('refuses fewer modules than the real library has', () => {
    expect(() => syntheticFiles(real, realIds.length - 1)).toThrow(/at least 5 modules/)
  })
})

describe('writing a synthetic library', () => {
  const made: string[] = []
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true })
  })

  it('writes outside resources/content, and content:check reads it through ATLAS_CONTENT_ROOT', async () => {
    const library = await generateLibrary({ topics: 6 })
    made.push(library.root)
    expect(library.root.startsWith(tmpdir())).toBe(true)
    expect(await readdir(join(library.root, 'topics'))).toHaveLength(6)
    const { stdout } = await run(process.execPath, ['--import', TSX, 'scripts/content-check.ts'], {
      env: { ...process.env, ATLAS_TODAY: TODAY, ATLAS_CONTENT_ROOT: library.root },
    })
    expect(stdout).toMatch(/Content OK \(\d+ files\): 6 modules, 6 handouts/)
  })

  it('names the synthetic folder in content:check problems', async () => {
    const library = await generateLibrary({ topics: 5 })
    made.push(library.root)
    const topic = join(library.root, `topics/${realIds[0]}.md`)
    await writeFile(topic, (await readFile(topic, 'utf8')).replace(/^summary: .*\n/m, ''))
    const failed = await run(process.execPath, ['--import', TSX, 'scripts/content-check.ts'], {
      env: { ...process.env, ATLAS_TODAY: TODAY, ATLAS_CONTENT_ROOT: library.root },
    }).catch((error: { code: number; stderr: string }) => error)
    expect('code' in failed && failed.code).toBe(1)
    expect('stderr' in failed && failed.stderr).toContain(
      `${library.root}/topics/${realIds[0]}.md:2: summary: is required`,
    )
  })

  it('never writes into resources/content, and never empties a folder it did not make', async () => {
    await expect(generateLibrary({ topics: 5, out: resolve('resources/content') })).rejects.toThrow(
      /Refusing/,
    )
    await expect(generateLibrary({ topics: 5, out: resolve('resources') })).rejects.toThrow(
      /Refusing/,
    )
    const folder = await mkdtemp(join(tmpdir(), 'atlas-not-synthetic-'))
    made.push(folder)
    await mkdir(join(folder, 'keep'))
    await writeFile(join(folder, 'keep/notes.md'), 'mine')
    await expect(generateLibrary({ topics: 5, out: folder })).rejects.toThrow(/not empty/)
    expect(await readFile(join(folder, 'keep/notes.md'), 'utf8')).toBe('mine')
    // A folder it made itself is replaced on the next run.
    const again = await generateLibrary({ topics: 5, out: join(folder, 'library') })
    const replaced = await generateLibrary({ topics: 6, out: again.root })
    expect(await readdir(join(replaced.root, 'topics'))).toHaveLength(6)
  })
})
