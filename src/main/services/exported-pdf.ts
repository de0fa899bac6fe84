import { lstat } from 'node:fs/promises'
import { isPdfPath } from '../handouts/export-handout'
import type { FileTokens } from './file-tokens'

/** Why a token cannot be opened or shown. */
export type ExportedPdfProblem = 'unknown-token' | 'not-a-pdf' | 'gone'

/**
 * The path behind a token, but only while it is still what main wrote there: a `.pdf` file,
 * a regular file and not a link or a folder put in its place since. Opening anything else
 * (a program, a shortcut) in its default app is exactly what a token must never allow.
 */
export async function exportedPdfPath(
  files: FileTokens,
  token: string,
): Promise<{ path: string } | { problem: ExportedPdfProblem }> {
  const path = files.resolve(token)
  if (!path) return { problem: 'unknown-token' }
  if (!isPdfPath(path)) return { problem: 'not-a-pdf' }
  const info = await lstat(path).catch(() => null)
  if (!info?.isFile()) return { problem: 'gone' }
  return { path }
}
