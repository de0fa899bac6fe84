import { chmod, mkdtemp, readdir, readFile, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { abandonWrites, writeFileAtomic } from '../../src/main/services/atomic-write'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-atomic-'))
})
afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined)
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one whole', async () => {
    const target = join(dir, 'out.txt')
    await writeFileAtomic(target, 'first')
    await writeFileAtomic(target, 'second')
    expect(await readFile(target, 'utf8')).toBe('second')
    expect(await readdir(dir)).toEqual(['out.txt'])
  })

  it('fails on a missing folder without leaving anything behind', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.txt'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('fails when the target is a folder, removing its temp file and leaving the folder alone', async () => {
    await mkdir(join(dir, 'taken'))
    await writeFile(join(dir, 'taken', 'keep.txt'), 'keep')
    await expect(writeFileAtomic(join(dir, 'taken'), 'x')).rejects.toBeTruthy()
    expect((await readdir(dir)).sort()).toEqual(['taken'])
    expect(await readFile(join(dir, 'taken', 'keep.txt'), 'utf8')).toBe('keep')
  })
})

describe('what a killed write leaves behind', () => {
  it('sweeps the temp files an interrupted write left beside the target, and nothing else', async () => {
    const target = join(dir, 'handout.pdf')
    const stale = [
      join(dir, '.handout.pdf.0123456789ab.tmp'),
      join(dir, '.handout.pdf.ffffffffffff.tmp'),
    ]
    for (const path of stale) await writeFile(path, 'half a PDF')
    // Look-alikes that are not this writer's temps for this target stay.
    const others = ['.other.pdf.0123456789ab.tmp', '.handout.pdf.notahexname.tmp', 'notes.txt']
    for (const name of others) await writeFile(join(dir, name), 'keep')
    await writeFileAtomic(target, 'whole')
    expect((await readdir(dir)).sort()).toEqual(['handout.pdf', ...others].sort())
    expect(await readFile(target, 'utf8')).toBe('whole')
  })

  it('keeps the permissions of a file it replaces', async () => {
    const target = join(dir, 'private.pdf')
    await writeFile(target, 'old')
    await chmod(target, 0o600)
    await writeFileAtomic(target, 'new')
    expect((await stat(target)).mode & 0o777).toBe(0o600)
  })

  it('removes the temp file of a write in progress when the process is interrupted', async () => {
    const target = join(dir, 'big.pdf')
    // A write that is still running when the signal handler runs: its temp file must go.
    const writing = writeFileAtomic(target, new Uint8Array(64 * 1024 * 1024))
    await until(async () => (await readdir(dir)).some((n) => n.endsWith('.tmp')))
    await abandonWrites()
    // The abandoned write cannot complete: its temp file is gone, so nothing is renamed into place.
    await expect(writing).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(dir)).toEqual([])
  })
})

async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await condition()); i++) await new Promise((r) => setTimeout(r, 1))
}
