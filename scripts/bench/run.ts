/**
 * `npm run bench`: every speed figure of the app in one run, one table (figure, target, ratio,
 * met or MISSED) and bench-results.json (machine, commit, date, every row) to compare runs.
 *
 *   npm run bench                       everything, synthetic libraries of 5, 50 and 500 topics
 *   npm run bench -- --quick            fewer rounds, no 500-topic library or build
 *   npm run bench -- --only search,app  some areas: content, search, app, present, learning, handouts
 *
 * A part that fails prints why and the others still run. A missed target is reported, not
 * failed: the bench always exits 0 unless it could not run at all. It is not a test.
 */
import { writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { CHROMIUM_PATH, launchChromium } from '../../tests/e2e/browser'
import { generateLibrary, type SyntheticLibrary } from '../synthetic-library/generate-library'
import { benchContentBuild } from './content-build'
import { buildApp, type BuiltApp } from './app-build'
import { benchAppPaint } from './app-paint'
import { benchPresent } from './present'
import { benchLearningMain, benchLearningPage, FIVE_YEARS } from './learning'
import { syntheticRecord } from './learning-record'
import { benchHandouts } from './handouts'
import { searchRows } from './search-rows'
import { moduleCatalogue } from '../../src/main/learning/module-catalogue'
import {
  describeMachine,
  formatTable,
  gitCommit,
  markdownTable,
  ratio,
  verdict,
  type Failure,
  type Row,
} from './report'

const PROJECT = resolve(import.meta.dirname, '../..')
const AREAS = ['content', 'search', 'app', 'present', 'learning', 'handouts'] as const
type Area = (typeof AREAS)[number]

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results.json' },
  },
})
const quick = values.quick
const only = new Set(
  (values.only?.split(',').map((a) => a.trim()) ?? [...AREAS]).filter(Boolean) as Area[],
)
for (const area of only)
  if (!AREAS.includes(area)) throw new Error(`--only: unknown area "${area}" (${AREAS.join(', ')})`)

/** Rounds and samples: --quick trades precision for a run of a few minutes. */
const N = quick
  ? {
      compile: 1,
      loads: 3,
      presses: 30,
      search: 2,
      handouts: 2,
      learning: 2,
      pages: 2,
      events: 2000,
    }
  : {
      compile: 3,
      loads: 5,
      presses: 200,
      search: 5,
      handouts: 5,
      learning: 5,
      pages: 3,
      events: 10000,
    }
const BIG = quick ? null : 500

const rows: Row[] = []
const failures: Failure[] = []
const started = Date.now()
const log = (text: string) =>
  process.stderr.write(
    `[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}\n`,
  )

/** Runs one part; a failure is recorded with its reason and the run goes on. */
async function part(area: string, task: () => Promise<Row[]>): Promise<void> {
  log(`${area}…`)
  try {
    const got = await task()
    rows.push(...got)
    log(`${area}: ${got.length} figures`)
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    failures.push({ area, reason })
    log(`${area} FAILED: ${reason}`)
  }
}

const temp: { remove: () => Promise<void> }[] = []
let browser: Browser | null = null

async function main(): Promise<void> {
  const machine = describeMachine(CHROMIUM_PATH)
  const git = gitCommit()
  log(
    `${machine.cores} × ${machine.cpu}, load ${machine.loadAverage}, Node ${machine.node}; ${quick ? 'quick' : 'full'} run of ${[...only].join(', ')}`,
  )

  // Synthetic libraries, generated once per run into temp folders.
  // The big library only for the parts that measure at 500 topics.
  const big = BIG && ['content', 'search', 'app'].some((a) => only.has(a as Area)) ? [BIG] : []
  const sizes = only.has('content') ? [5, 50, ...big] : big
  const libraries = new Map<number, SyntheticLibrary>()
  for (const topics of sizes) {
    await part(`synthetic library, ${topics} topics`, async () => {
      const library = await generateLibrary({ topics })
      temp.push(library)
      libraries.set(topics, library)
      return []
    })
  }

  if (only.has('content')) {
    const present = [...libraries.entries()].sort(([a], [b]) => a - b)
    await part('content build', () =>
      benchContentBuild(
        present.map(([topics, library]) => ({ topics, root: library.root })),
        N.compile,
      ),
    )
  }

  // The app built per library, into temp folders (out/ is left alone).
  const needsBuild = ['search', 'app', 'present', 'learning'].some((a) => only.has(a as Area))
  const builds = new Map<number, BuiltApp>()
  if (needsBuild)
    for (const topics of [5, ...(BIG && libraries.has(BIG) ? [BIG] : [])]) {
      await part(`app build, ${topics} topics`, async () => {
        const built = await buildApp(
          topics,
          topics === 5 ? null : libraries.get(topics)!.root,
          15 * 60_000,
        )
        temp.push(built)
        builds.set(topics, built)
        const area = `app, ${topics} topics`
        return [
          {
            area,
            name: 'initial JS, gzipped',
            value: built.initialJs.gzip / 1024,
            unit: 'KB',
            target: topics === 5 ? 200 : 250,
            note: `${built.initialJs.files.length} eager script(s), ${(built.initialJs.bytes / 1024).toFixed(0)} KB raw${topics === 5 ? '; the real content' : ''}`,
          },
          {
            area,
            name: 'catalogue file, gzipped',
            value: built.catalogue.gzip / 1024,
            unit: 'KB',
            note: `${(built.catalogue.bytes / 1024).toFixed(0)} KB raw; fetched as the page loads, not a script`,
          },
          {
            area,
            name: 'app build (electron-vite, wall)',
            value: built.buildMs / 1000,
            unit: 's',
            note: 'main, preload and renderer',
          },
        ]
      })
    }

  const needsBrowser = ['search', 'app', 'present', 'learning', 'handouts'].some((a) =>
    only.has(a as Area),
  )
  if (needsBrowser)
    await part('Chromium', async () => {
      browser = await launchChromium()
      return []
    })
  const withBrowser = (task: (b: Browser) => Promise<Row[]>) => () =>
    browser ? task(browser) : Promise.reject(new Error(`no Chromium (${CHROMIUM_PATH})`))
  const withBuild = (topics: number, task: (b: BuiltApp) => Promise<Row[]>) => () => {
    const built = builds.get(topics)
    return built
      ? task(built)
      : Promise.reject(new Error(`the ${topics}-topic app did not build (see above)`))
  }

  if (only.has('search'))
    for (const topics of [5, ...(BIG ? [BIG] : [])])
      await part(`search, ${topics} topics`, () =>
        searchRows(topics, {
          contentRoot:
            topics === 5 ? resolve(PROJECT, 'resources/content') : libraries.get(topics)?.root,
          outDir: builds.get(topics)?.renderer ?? '(not built)',
          rounds: N.search,
          coldLoads: quick ? 0 : 3,
          chromiumLoads: quick ? 1 : 3,
        }),
      )

  if (only.has('app'))
    for (const topics of [5, ...(BIG ? [BIG] : [])])
      await part(
        `app, ${topics} topics`,
        withBrowser((b) =>
          withBuild(topics, (built) => benchAppPaint(b, built.renderer, topics, N.loads))(),
        ),
      )

  if (only.has('present'))
    await part(
      'presenting',
      withBrowser((b) =>
        withBuild(5, (built) => benchPresent(b, built.renderer, N.presses, N.loads))(),
      ),
    )

  if (only.has('learning')) {
    const modules = await moduleCatalogue(resolve(PROJECT, 'resources/content')).all()
    const record = syntheticRecord(modules, FIVE_YEARS)
    await part('learning record (main)', () => benchLearningMain(record, N.learning))
    await part(
      'learning record (renderer)',
      withBrowser((b) =>
        withBuild(5, (built) => benchLearningPage(b, built.renderer, record, N.pages, N.events))(),
      ),
    )
  }

  if (only.has('handouts'))
    await part(
      'handouts',
      withBrowser((b) => benchHandouts(b, N.handouts)),
    )

  const finished = new Date()
  console.log(
    `\nPostcoital Atlas benchmark, ${finished.toISOString().slice(0, 16).replace('T', ' ')} UTC, ` +
      `${quick ? 'quick' : 'full'} run in ${((Date.now() - started) / 1000).toFixed(0)} s\n` +
      `${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, ${machine.platform}, Node ${machine.node}, ` +
      `${machine.chromium ?? 'no Chromium'}, load average ${machine.loadAverage} at start, ${loadavg()[0]!.toFixed(2)} at the end\n` +
      `commit ${git.commit?.slice(0, 10) ?? 'unknown'}${git.dirty ? ' (with uncommitted changes)' : ''}\n`,
  )
  console.log(formatTable(rows, failures))
  const results = {
    date: finished.toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    mode: quick ? 'quick' : 'full',
    areas: [...only],
    machine: { ...machine, loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)) },
    git,
    rows: rows.map((row) => ({ ...row, ratio: ratio(row), verdict: verdict(row) || null })),
    failures,
    markdown: markdownTable(rows),
  }
  await writeFile(resolve(PROJECT, values.out), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nWrote ${values.out}.`)
}

/** Closes Chromium and removes the temp libraries and builds, also when the run is stopped. */
async function cleanUp(): Promise<void> {
  const open = browser as Browser | null
  browser = null
  await open?.close().catch(() => undefined)
  for (const folder of temp.splice(0)) await folder.remove().catch(() => undefined)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    log(`stopped (${signal}); removing temp folders`)
    void cleanUp().finally(() => process.exit(130))
  })

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await cleanUp()
}
