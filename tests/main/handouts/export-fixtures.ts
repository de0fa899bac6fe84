/**
 * Temp folders for the export tests, with a file already at the target path so every failure
 * can be checked to leave it byte-for-byte as it was.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { IpcResult } from '../../../src/shared/ipc/result'

export const FILE_NAME = 'cramps-after-sex-handout.pdf'
export const OLD_PDF = Buffer.from('%PDF-1.7\nthe handout saved last week\n%%EOF\n')

const made: string[] = []

/** A fresh folder holding last week's copy of the handout at `FILE_NAME`. */
export async function folderWithOldCopy(): Promise<{ dir: string; target: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'atlas-export-'))
  made.push(dir)
  const target = join(dir, FILE_NAME)
  await writeFile(target, OLD_PDF)
  return { dir, target }
}

export async function removeFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
}

/**
 * The export failed cleanly: a typed error with a message, nothing left behind in `dir`
 * (no temp files), and the old copy untouched.
 */
export async function expectCleanFailure(
  result: IpcResult<unknown>,
  code: string,
  message: RegExp,
  dir: string,
): Promise<void> {
  expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } })
  expect(await readdir(dir)).toEqual([FILE_NAME])
  expect(await readFile(join(dir, FILE_NAME))).toEqual(OLD_PDF)
}
