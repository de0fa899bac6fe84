import { expect } from 'vitest'
import { resolve } from 'node:path'
import { compileContent, type SourceFile } from '@shared/content/compile-content'
import type { CompileOptions } from '@shared/content/context'
import type { ContentIssue } from '@shared/content/issues'
import { readContentFiles } from '../../../src/main/content/read-content-files'

/** The valid fixture corpus: it compiles with no issues under `FIXTURE_OPTIONS`. */
export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/content')

/** Messages name files under this root, e.g. `fx/topics/leg-cramps.md`. */
export const ROOT = 'fx'

export const FIXTURE_OPTIONS: CompileOptions = {
  today: '2026-06-01',
  readability: () => ({ grade: 5, words: 600 }),
}

export const fixtureFiles: SourceFile[] = await readContentFiles(FIXTURE_ROOT)

export function compile(files: SourceFile[], options: Partial<CompileOptions> = {}) {
  return compileContent(files, { ...FIXTURE_OPTIONS, ...options }, ROOT)
}

function textOf(files: SourceFile[], path: string): string {
  const file = files.find((f) => f.path === path)
  if (!file) throw new Error(`no fixture file ${path}`)
  return file.text
}

/**
 * A copy of `files` with `from` replaced by `to` in one file. Throws when `from` is not there,
 * so a fixture edit cannot silently turn a test into one that checks nothing.
 */
export function edit(files: SourceFile[], path: string, from: string, to: string): SourceFile[] {
  const text = textOf(files, path)
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${path}`)
  return files.map((f) => (f.path === path ? { path, text: text.replace(from, to) } : f))
}

/** A copy of `files` with one file added (or replaced). */
export function withFile(files: SourceFile[], path: string, text: string): SourceFile[] {
  return [...files.filter((f) => f.path !== path), { path, text }]
}

/** 1-based line of the first line containing `needle` in a file of `files`. */
export function lineIn(files: SourceFile[], path: string, needle: string): number {
  const index = textOf(files, path)
    .split('\n')
    .findIndex((line) => line.includes(needle))
  if (index === -1) throw new Error(`"${needle}" is not in ${path}`)
  return index + 1
}

/** The issue as the tests state it: where, which field, and the gist of the message. */
export function issue(
  path: string,
  line: number,
  field: string,
  message: string | RegExp,
  severity?: 'overdue',
): ContentIssue {
  const expected: ContentIssue = {
    file: `${ROOT}/${path}`,
    line,
    field,
    message:
      typeof message === 'string'
        ? expect.stringContaining(message)
        : expect.stringMatching(message),
  }
  if (severity) expected.severity = severity
  return expected
}
