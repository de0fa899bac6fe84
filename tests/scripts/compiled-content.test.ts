import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { compileContent } from '@shared/content/compile-content'
import { buildSearchIndex } from '@shared/search/index-file'
import { decodeSearchIndex, encodeSearchIndex } from '@shared/search/index-binary'
import { todayIso } from '@shared/dates'
import { readContentFiles } from '../../src/main/content/read-content-files'
import { compiledContent, forgetCompiledContent } from '../../build/compiled-content'
import { searchAssets } from '../../build/search-index-plugin'
import { measureReadability } from '../../build/readability'
import { contentStamps } from '../../build/content-stamps'

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
    const assets = await searchAssets(root)
    const built = buildSearchIndex(plain.bundle)
    // The same index and texts; the build names each text file by a hash of it.
    const shipped = decodeSearchIndex(assets.index)
    expect(encodeSearchIndex({ ...built.file, texts: shipped.texts })).toEqual(assets.index)
    expect(shipped.texts.map(({ first, count }) => ({ first, count }))).toEqual(
      built.file.texts.map(({ first, count }) => ({ first, count })),
    )
    expect(assets.textFiles.map((f) => f.json)).toEqual(built.textFiles.map((f) => f.json))
    expect(assets.textFiles.map((f) => f.name)).toEqual(shipped.texts.map((ref) => ref.file))
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

// The second plugin of a build tells from the files' sizes and times that nothing changed,
// without reading the folder again; times too recent to trust send it back to reading.
describe('the content stamps', () => {
  let root: string
  /** Far enough ahead that the files just written are old enough to trust. */
  const later = () => Date.now() + 60_000
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'atlas-stamps-'))
    await cp('resources/content', root, { recursive: true })
    forgetCompiledContent()
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  afterAll(async () => {
    forgetCompiledContent()
    await rm(root, { recursive: true, force: true })
  })

  it('are not trusted for files just written', async () => {
    await writeFile(join(root, 'topics', 'just-written.md'), 'x')
    expect(await contentStamps(root)).toBeNull()
    await unlink(join(root, 'topics', 'just-written.md'))
  })

  it('list every file read, and change when one is edited, added or removed', async () => {
    const files = await readContentFiles(root)
    const before = (await contentStamps(root, later()))!
    expect(before.split('\n').map((line) => line.split('\0')[0])).toEqual(
      files.map((f) => join(root, f.path)),
    )
    expect(await contentStamps(root, later())).toBe(before)
    const file = join(root, files[0]!.path)
    const text = await readFile(file, 'utf8')
    // Same size, other text: the times still tell.
    await writeFile(
      file,
      text.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')),
    )
    const edited = await contentStamps(root, later())
    expect(edited).not.toBe(before)
    await writeFile(join(root, 'topics', 'added.md'), 'x')
    const added = await contentStamps(root, later())
    expect(added).not.toBe(edited)
    await unlink(join(root, 'topics', 'added.md'))
    expect(await contentStamps(root, later())).not.toBe(added)
  })

  it('let a compile be reused while unchanged, and never once a file is edited', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(later())
    const first = await compiledContent(root)
    expect(await compiledContent(root)).toBe(first)
    const file = join(root, 'topics', first.result.bundle.topics[0]!.id + '.md')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace(/^title: .*$/m, 'title: Edited again'))
    vi.setSystemTime(later())
    const after = await compiledContent(root)
    expect(after).not.toBe(first)
    expect(after.result.bundle.topics[0]!.title).toBe('Edited again')
    expect(await compiledContent(root)).toBe(after)
  })
})
