import { extractFile, listPackage, statFile } from '@electron/asar'
import { auditPackedFiles, normaliseEntry, unloadableImports } from './packed-files'

/** Bundles whose imports must all resolve inside the archive. */
const BUNDLE = /^out\/(?:main|preload)\/.+\.[cm]?js$/

/**
 * Reads a packed app.asar with @electron/asar and lists what is wrong with it: files that
 * must not ship, files that must, and imports of main or preload that would fail to load.
 */
export function auditArchive(asarPath: string): string[] {
  // Files only: a folder is reported through the files in it.
  const entries = listPackage(asarPath, { isPack: false })
    .map(normaliseEntry)
    .filter((entry) => entry && !('files' in statFile(asarPath, entry, false)))
  const present = new Set(entries)
  const problems = auditPackedFiles(entries)
  for (const file of entries.filter((entry) => BUNDLE.test(entry))) {
    const source = extractFile(asarPath, file).toString('utf8')
    problems.push(...unloadableImports(file, source, present))
  }
  return problems
}
