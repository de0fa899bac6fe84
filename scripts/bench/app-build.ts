/**
 * The app built for one library, into a temp folder (never out/, which tests and other work
 * use): `electron-vite build --outDir <temp>` with ATLAS_CONTENT_ROOT pointing at the library.
 * Returns the renderer folder for the Chromium measurements, the initial JS it loads and the
 * catalogue it fetches beside it.
 */
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { CONTENT_ROOT_ENV } from '../../build/content-root'
import { measureInitialJs, type InitialJs } from './initial-js'
import { timed } from './stats'

const PROJECT = resolve(import.meta.dirname, '../..')

export interface BuiltApp {
  topics: number
  /** The built renderer (index.html and assets/). */
  renderer: string
  buildMs: number
  initialJs: InitialJs
  /** The catalogue's file (what lists and links need, fetched as the page loads), in bytes. */
  catalogue: { bytes: number; gzip: number }
  remove: () => Promise<void>
}

/** The size of the catalogue file the build wrote beside the content chunks. */
function catalogueSize(renderer: string): BuiltApp['catalogue'] {
  const folder = join(renderer, 'assets/content')
  const name = readdirSync(folder).find((file) => /^catalogue-[0-9a-f]+\.json$/.test(file))
  if (!name) throw new Error(`no catalogue file in ${folder}`)
  const text = readFileSync(join(folder, name))
  return { bytes: text.length, gzip: gzipSync(text).length }
}

/** Builds the app for `contentRoot` (null: the real content). Fails with the build's own output. */
export async function buildApp(
  topics: number,
  contentRoot: string | null,
  timeoutMs: number,
): Promise<BuiltApp> {
  const outDir = await mkdtemp(join(tmpdir(), `atlas-bench-build-${topics}-`))
  const env = { ...process.env }
  if (contentRoot) env[CONTENT_ROOT_ENV] = contentRoot
  else delete env[CONTENT_ROOT_ENV]
  const bin = join(PROJECT, 'node_modules/electron-vite/bin/electron-vite.js')
  const [, buildMs] = await timed(
    () =>
      new Promise<void>((done, fail) =>
        execFile(
          process.execPath,
          [bin, 'build', '--outDir', outDir, '--logLevel', 'error'],
          { cwd: PROJECT, env, timeout: timeoutMs, maxBuffer: 64 * 2 ** 20 },
          (error, _stdout, stderr) =>
            error
              ? fail(
                  new Error(
                    `electron-vite build (${topics} topics) failed${error.killed ? ` after ${timeoutMs / 1000} s` : ''}: ${stderr.trim().split('\n').slice(-6).join(' / ') || error.message}`,
                  ),
                )
              : done(),
        ),
      ),
  )
  const renderer = join(outDir, 'renderer')
  return {
    topics,
    renderer,
    buildMs,
    initialJs: measureInitialJs(renderer),
    catalogue: catalogueSize(renderer),
    remove: () => rm(outDir, { recursive: true, force: true }),
  }
}
