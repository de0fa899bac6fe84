/**
 * A synthetic library for measuring the atlas at scale: N valid modules, each with its quiz,
 * handout, PEMAT-P score and deck, written to a folder outside resources/content.
 *
 * Modules are made from the real ones so every figure measured on them (sizes, citations,
 * red flags, readability) is that of real content: the first copy of each real module keeps its
 * id (hormone cards, conditions, comparison tables, red flags and synonyms name those ids), and
 * every further copy gets a new id and title, cross-links rewired to the other copies of its
 * generation, and a row of its own in a comparison table. The shared files (bibliography, safety
 * data, hormones, conditions, tables, synonyms) are copied once, so every citation resolves to a
 * real bibliography key and every red flag is named by id. Nothing here is ever shipped.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import { readContentFiles } from '../../src/main/content/read-content-files'
import type { SourceFile } from '../../src/shared/content/compile-content'
import { addCopyRows, copyModuleFile, MODULE_FILE, type Copy } from './copy-module'

export interface SyntheticLibraryOptions {
  /** How many modules (at least as many as the real library has). */
  topics: number
  /** The real content to copy from; default resources/content. */
  source?: string
  /** Where to write; default a new folder under the system temp folder. */
  out?: string
}

export interface SyntheticLibrary {
  /** The folder holding the library: point ATLAS_CONTENT_ROOT at it. */
  root: string
  /** Module ids, real ones first. */
  topics: string[]
  /** Number of files written. */
  files: number
  /** Removes the folder. */
  remove: () => Promise<void>
}

const PROJECT = resolve(import.meta.dirname, '../..')
/** Marks a folder as a synthetic library, so a later run may replace it. */
const MARKER = '.atlas-synthetic'

/** Empties a folder a previous run made; refuses any other folder that is not empty. */
async function clearFolder(root: string): Promise<void> {
  const names = await readdir(root).catch(() => [] as string[])
  if (names.length === 0) return
  if (!names.includes(MARKER)) {
    throw new Error(`${root} is not empty and not a synthetic library: choose an empty folder.`)
  }
  await rm(root, { recursive: true, force: true })
}

/** The library as files in memory: for tests and for writing. */
export function syntheticFiles(
  real: SourceFile[],
  topics: number,
): { files: SourceFile[]; topics: string[] } {
  const bases = real
    .map((f) => /^topics\/([^/]+)\.md$/.exec(f.path)?.[1])
    .filter((id): id is string => Boolean(id))
    .sort()
  if (!Number.isInteger(topics) || topics < bases.length) {
    throw new Error(
      `A synthetic library needs at least ${bases.length} modules (one per real module), not ${topics}.`,
    )
  }
  const copies: Copy[] = Array.from({ length: topics }, (_, i) => {
    const base = bases[i % bases.length]!
    const generation = Math.floor(i / bases.length)
    return { base, generation, id: generation === 0 ? base : `${base}-s${generation}` }
  })
  // Cross-links from a copy go to the copy of the target in the same generation, when it exists.
  const byGeneration = new Map<number, Map<string, string>>()
  for (const copy of copies) {
    const map = byGeneration.get(copy.generation) ?? new Map<string, string>()
    map.set(copy.base, copy.id)
    byGeneration.set(copy.generation, map)
  }

  const files: SourceFile[] = []
  for (const file of real) {
    const module = MODULE_FILE.exec(file.path)
    if (!module) {
      if (!/(^|\/)(README|CHANGELOG)\.md$/.test(file.path)) files.push(file)
      continue
    }
    const [, folder, base, suffix] = module
    for (const copy of copies.filter((c) => c.base === base)) {
      files.push({
        path: `${folder}/${copy.id}${suffix}`,
        text: copyModuleFile(file.text, copy, byGeneration.get(copy.generation)!),
      })
    }
  }
  return { files: addCopyRows(files, copies), topics: copies.map((c) => c.id) }
}

/** Writes a synthetic library of `topics` modules and says where it is. */
export async function generateLibrary(options: SyntheticLibraryOptions): Promise<SyntheticLibrary> {
  const source = options.source ?? join(PROJECT, 'resources/content')
  const root = options.out
    ? resolve(options.out)
    : await mkdtemp(join(tmpdir(), `atlas-synthetic-${options.topics}-`))
  // The library must never land in the real content, whatever the caller passes.
  const real = resolve(PROJECT, 'resources/content')
  if (root === real || root.startsWith(real + sep) || real.startsWith(root + sep)) {
    throw new Error(`Refusing to write a synthetic library into or over ${real}.`)
  }
  const { files, topics } = syntheticFiles(await readContentFiles(source), options.topics)
  await clearFolder(root)
  await mkdir(root, { recursive: true })
  await writeFile(join(root, MARKER), 'A synthetic library for benchmarks; safe to delete.\n')
  for (const file of files) {
    const path = join(root, file.path)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, file.text)
  }
  return {
    root,
    topics,
    files: files.length,
    remove: () => rm(root, { recursive: true, force: true }),
  }
}
