/**
 * The batch writer and Ctrl-C handling, with real atomic writes into temp folders. A full disk
 * or a refused permission cannot be arranged for real here (root ignores permissions), so those
 * arrive as system errors from the write function; a folder in the target's place is real.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import type * as FsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  summary,
  writeHandouts,
  type MadeHandout,
} from '../../../../src/main/handouts/cli/write-handouts'
import { stopCleanlyOnSignal } from '../../../../src/main/handouts/cli/interrupt'
import { writeFileAtomic } from '../../../../src/main/services/atomic-write'

/** A temp-file write that waits until released, so a signal can arrive in the middle of it. */
const pause = vi.hoisted(() => ({ armed: false, reached: () => {}, release: () => {} }))

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>()
  const open: typeof fs.open = async (path, flags, mode) => {
    const handle = await fs.open(path, flags, mode)
    if (!pause.armed || !String(path).endsWith('.tmp')) return handle
    const writeFile = handle.writeFile.bind(handle)
    return Object.assign(handle, {
      writeFile: async (data: Uint8Array) => {
        await writeFile(data.subarray(0, 100))
        pause.reached()
        await new Promise<void>((resolve) => (pause.release = resolve))
      },
    })
  }
  return { ...fs, default: { ...fs, open }, open }
})

const folders: string[] = []
afterEach(async () => {
  pause.armed = false
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-cli-write-'))
  folders.push(dir)
  return dir
}

const pdf = (topic: string): MadeHandout => ({
  topic,
  pages: 2,
  bytes: new TextEncoder().encode(`%PDF-1.7 ${topic} %%EOF`),
})
const systemError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

describe('handouts command line: writing a batch', () => {
  it('writes the others when a folder stands in one file’s place, and says which and why', async () => {
    const dir = await folder()
    await mkdir(join(dir, 'b-handout.pdf'))
    const outcomes = await writeHandouts([pdf('a'), pdf('b'), pdf('c')], dir, writeFileAtomic)
    expect(outcomes.map((o) => [o.topic, o.written])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ])
    expect((await readdir(dir)).sort()).toEqual(['a-handout.pdf', 'b-handout.pdf', 'c-handout.pdf'])
    const { text, ok } = summary(outcomes, dir, 1.234)
    expect(ok).toBe(false)
    expect(text).toBe(
      `2 of 3 handouts written to ${dir} in 1.23 s. Not written:\n` +
        '  b: A folder already has that name, so the PDF was not saved. Rename or move that folder, or choose another folder with --out, and run it again.',
    )
  })

  it.each([
    [
      'ENOSPC',
      /^The disk is full, so the PDF was not saved\. Free some space, or choose a folder on another drive with --out/,
    ],
    [
      'EACCES',
      /^You do not have permission to save in that folder\. Choose another folder with --out/,
    ],
    ['EROFS', /^You do not have permission to save in that folder\./],
  ])(
    'stops at a %s (the folder is at fault) and reports the rest as not written for it',
    async (code, reason) => {
      const dir = await folder()
      const write = vi.fn(async (path: string, data: Uint8Array) => {
        if (path.endsWith('b-handout.pdf')) throw systemError(code)
        await writeFileAtomic(path, data)
      })
      const outcomes = await writeHandouts([pdf('a'), pdf('b'), pdf('c')], dir, write)
      expect(write).toHaveBeenCalledTimes(2)
      expect(outcomes.map((o) => o.written)).toEqual([true, false, false])
      const { text } = summary(outcomes, dir, 0.5)
      expect(text).toMatch(/^1 of 3 handouts written to .* in 0\.50 s\. Not written:\n {2}b, c: /)
      expect(text.split('\n')[1]!.replace(/^ {2}b, c: /, '')).toMatch(reason)
      expect(text).not.toMatch(/\.\.|ENOSPC|EACCES|EROFS|\.tmp/)
    },
  )

  it('sums a complete run in one line', async () => {
    const dir = await folder()
    const outcomes = await writeHandouts([pdf('a'), pdf('b')], dir, writeFileAtomic)
    expect(summary(outcomes, dir, 2)).toEqual({
      text: `2 handouts written to ${dir} (0 KB) in 2.00 s.`,
      ok: true,
    })
  })
})

describe('handouts command line: Ctrl-C', () => {
  it('removes the temp file of the write in progress, keeps the old file, says so and exits 130', async () => {
    const dir = await folder()
    const target = join(dir, 'a-handout.pdf')
    await writeFileAtomic(target, 'last week')
    pause.armed = true
    const reached = new Promise<void>((resolve) => (pause.reached = resolve))
    const writing = writeHandouts([pdf('a')], dir, writeFileAtomic).catch(() => undefined)
    await reached
    expect((await readdir(dir)).some((name) => name.endsWith('.tmp'))).toBe(true)

    const handlers = new Map<string, () => void>()
    const exited = new Promise<number>((resolve) =>
      stopCleanlyOnSignal(() => ({ written: 0, total: 1 }), {
        error: (line) => lines.push(line),
        exit: resolve,
        on: (signal, handler) => handlers.set(signal, handler),
        off: () => undefined,
      }),
    )
    const lines: string[] = []
    handlers.get('SIGINT')!()
    expect(await exited).toBe(130)
    expect(lines).toEqual([
      'handouts: stopped (Ctrl-C). 0 of 1 handouts written; no file was left half-written.',
    ])
    expect(await readdir(dir)).toEqual(['a-handout.pdf'])
    expect(await readFile(target, 'utf8')).toBe('last week')
    pause.release()
    await writing
  })

  it('takes its handlers away when the batch ends', () => {
    const handlers = new Set<string>()
    const release = stopCleanlyOnSignal(() => ({ written: 0, total: 0 }), {
      error: () => undefined,
      exit: () => undefined,
      on: (signal) => handlers.add(signal),
      off: (signal) => handlers.delete(signal),
    })
    expect([...handlers].sort()).toEqual(['SIGINT', 'SIGTERM'])
    release()
    expect(handlers.size).toBe(0)
  })
})
