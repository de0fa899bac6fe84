/**
 * Compiled content for renderer tests, read through Vite's `import.meta.glob` rather than
 * `readContentFiles`: that reader uses node:fs, and tests/renderer is type-checked with the
 * web tsconfig, which (rightly) has no Node types. The files and the compiler are the real ones.
 */
import { compileContent, type SourceFile } from '@shared/content/compile-content'
import type { ContentBundle } from '@shared/content/model'
import type { ContentIndex } from '@renderer/content/content-index'
import { contentFromBundle } from '@renderer/content/bundle-content'
import { reviewToday } from '../review-today'

type Loaders = Record<string, () => Promise<string>>

const fixtureFiles: Loaders = import.meta.glob<string>('/tests/fixtures/content/**/*.{md,yaml}', {
  query: '?raw',
  import: 'default',
})
const realFiles: Loaders = import.meta.glob<string>('/resources/content/**/*.{md,yaml}', {
  query: '?raw',
  import: 'default',
})

/** "Today" for review-date checks, fixed so the suite does not change with the calendar. */
const FIXTURE_TODAY = '2026-06-01'

async function read(loaders: Loaders, root: string): Promise<SourceFile[]> {
  const paths = Object.keys(loaders).sort()
  return Promise.all(
    paths.map(async (path) => ({
      path: path.slice(root.length + 1),
      text: await loaders[path]!(),
    })),
  )
}

/** The fixture corpus's source files, paths relative to its root (`topics/leg-cramps.md`). */
export function readFixtureFiles(): Promise<SourceFile[]> {
  return read(fixtureFiles, '/tests/fixtures/content')
}

/**
 * Compiles source files; throws on any issue so a broken fixture cannot quietly leave a test
 * with nothing to check. (Whether the real content is clean is tests/shared's concern.)
 */
export function compileFiles(
  files: SourceFile[],
  today = FIXTURE_TODAY,
  strict = true,
): ContentBundle {
  const { bundle, issues } = compileContent(files, { today })
  if (strict && issues.length)
    throw new Error(`content did not compile: ${JSON.stringify(issues[0])}`)
  return bundle
}

export async function fixtureBundle(): Promise<ContentBundle> {
  return compileFiles(await readFixtureFiles())
}

export async function realBundle(): Promise<ContentBundle> {
  const files = await read(realFiles, '/resources/content')
  return compileFiles(files, reviewToday(files.map((f) => f.text)), false)
}

export async function fixtureIndex(): Promise<ContentIndex> {
  return await contentFromBundle(await fixtureBundle())
}

/** A copy of `files` with one file added (or replaced). */
export function withFile(files: SourceFile[], path: string, text: string): SourceFile[] {
  return [...files.filter((f) => f.path !== path), { path, text }]
}

/** Replaces `from` in a text, refusing to go on if the fixture no longer contains it. */
function swap(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture changed: "${from}" not found`)
  return text.replace(from, to)
}

/** The fixture corpus plus a second module ("Night cramps", 35 min) copied from the first. */
export function withSecondModule(files: SourceFile[]): SourceFile[] {
  const text = (path: string): string => files.find((f) => f.path === path)!.text
  let topic = swap(text('topics/leg-cramps.md'), 'id: leg-cramps', 'id: night-cramps')
  topic = swap(topic, 'title: Leg cramps after sex', 'title: Night cramps')
  topic = swap(topic, 'summary: A fixture module', 'summary: A second fixture module')
  topic = swap(topic, 'teachingMinutes: 22', 'teachingMinutes: 35')
  topic = swap(topic, '::: notes 2', '::: notes 15')
  const quiz = swap(text('quizzes/leg-cramps.yaml'), 'topic: leg-cramps', 'topic: night-cramps')
  const handout = swap(text('handouts/leg-cramps.md'), 'topic: leg-cramps', 'topic: night-cramps')
  const pemat = swap(
    text('handouts/leg-cramps.pemat.yaml'),
    'topic: leg-cramps',
    'topic: night-cramps',
  )
  return [
    ['topics/night-cramps.md', topic],
    ['quizzes/night-cramps.yaml', quiz],
    ['handouts/night-cramps.md', handout],
    ['handouts/night-cramps.pemat.yaml', pemat],
  ].reduce((all, [path, body]) => withFile(all, path!, body!), files)
}
