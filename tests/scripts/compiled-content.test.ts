import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileContent } from '@shared/content/compile-content'
import { buildSearchIndex } from '@shared/search/index-file'
import { todayIso } from '@shared/dates'
import { readContentFiles } from '../../src/main/content/read-content-files'
import { compiledContent, forgetCompiledContent } from '../../build/compiled-content'
import { searchIndexJson } from '../../build/search-index-plugin'
import { measureReadability } from '../../build/readability'

// The build's content and search-index plugins share one compile (build/compiled-content.ts).
describe('the compile the build plugins share', () => {
  let root: string
  // Outside the project, messages name the folder by its full path.
  const label = () => root
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-compiled-'))
    await cp('resources/content', root, { recursive: true })
    forgetCompiledContent()
  })
  afterAll(async () => {
    forgetCompiledContent()
    await rm(root, { recursive: true, force: true })
  })

  it('is the compile of the folder, readability included', async () => {
    const { files, result } = await compiledContent(root)
    const fresh = compileContent(
      await readContentFiles(root),
      { today: todayIso(), readability: measureReadability },
      label(),
    )
    expect(files.map((f) => f.path)).toEqual((await readContentFiles(root)).map((f) => f.path))
    expect(JSON.stringify(result)).toBe(JSON.stringify(fresh))
    expect(result.bundle.handouts.every((h) => h.readability !== null)).toBe(true)
  })

  it('is reused while the files are unchanged, and the search index is built from it', async () => {
    const first = await compiledContent(root)
    const shared = JSON.stringify(first.result)
    expect(await compiledContent(root)).toBe(first)
    // The index from the shared compile (with readability) is the index of a plain compile.
    const plain = compileContent(await readContentFiles(root), { today: todayIso() }, label())
    expect(await searchIndexJson(root)).toBe(JSON.stringify(buildSearchIndex(plain.bundle)))
    expect(await compiledContent(root)).toBe(first)
    // Building the index leaves the shared result as the content plugin made its chunks from.
    expect(JSON.stringify(first.result)).toBe(shared)
  })

  it('compiles afresh after a file changes, or for another label', async () => {
    const before = await compiledContent(root)
    expect((await compiledContent(root, 'elsewhere')).result).not.toBe(before.result)

    const file = join(root, 'topics', before.result.bundle.topics[0]!.id + '.md')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace(/^title: .*$/m, 'title: An edited title'))
    const after = await compiledContent(root)
    expect(after).not.toBe(before)
    expect(after.result.bundle.topics[0]!.title).toBe('An edited title')
  })

  it('is dropped by forgetCompiledContent, so a benchmark round compiles again', async () => {
    const kept = await compiledContent(root)
    forgetCompiledContent()
    const again = await compiledContent(root)
    expect(again).not.toBe(kept)
    expect(JSON.stringify(again.result)).toBe(JSON.stringify(kept.result))
  })
})
