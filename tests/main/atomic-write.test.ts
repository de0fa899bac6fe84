import { mkdtemp, readdir, readFile, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../src/main/services/atomic-write'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-atomic-'))
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
