/**
 * Search speed on real (or synthetic) content, from one run: index build, the shipped asset's
 * size, index load (in this process, and first load in fresh processes as an app start sees
 * it) and time per query as a person types, with p50/p95/max against the targets (query p95
 * ≤ 5 ms, load ≤ 50 ms). `npx tsx scripts/bench/search.ts [--content <folder>]` prints a
 * table; `benchSearch()` returns the figures, for `npm run bench` to fold in.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { collectGarbage } from './stats'
import { compileContent } from '../../src/shared/content/compile-content'
import { readContentFiles } from '../../src/main/content/read-content-files'
import { buildSearchIndex, builtTextReader } from '../../src/shared/search/index-file'
import { encodeSearchIndex } from '../../src/shared/search/index-binary'
import type { ReadTextFile } from '../../src/shared/search/text-store'
import { createSearcher, type Searcher } from '../../src/shared/search/searcher'
import { todayIso } from '../../src/shared/dates'
import { FETCH_MEASURE, LOAD_MEASURE } from '../../src/shared/search/measures'
import { CHROMIUM_PATH, launchChromium } from '../../tests/e2e/browser'
import { serveStatic } from '../../tests/e2e/static-server'

/** What people type: clinical abbreviations, lay words, typos, and phrases that find nothing. */
export const REALISTIC_QUERIES = [
  'CES',
  'cauda equina syndrome',
  'PID',
  'CP/CPPS',
  'POIS',
  'BFS',
  'RLS',
  'EAMC',
  'UTI',
  'SAH',
  'RCVS',
  'DVT',
  'painful sex',
  'come',
  'period pain',
  'twitch',
  'coil',
  'charley horse',
  'prolactin',
  'oxytocin at orgasm',
  'endometriosis deep dyspareunia',
  'red flags after sex',
  'leg cramp during sex',
  'back pain after sex pregnancy',
  'pelvic floor physiotherapy',
  'thunderclap headache orgasm',
  'endometriossis',
  'prolactni',
  'dysparuenia',
  'hemorrhage',
  'semen allergy',
  'anal pain after sex',
  'porlactinn surge',
  'cauda equina xyzzy',
]

/** Each query as it is typed, one search per keystroke from the second letter. */
export function keystrokes(queries: string[]): string[] {
  return queries.flatMap((query) =>
    Array.from({ length: Math.max(0, query.length - 1) }, (_, i) => query.slice(0, i + 2)),
  )
}

export interface Distribution {
  count: number
  p50: number
  p95: number
  max: number
}

export interface SearchBenchFigures {
  content: string
  documents: number
  terms: number
  /** The shipped JSON asset. */
  indexBytes: number
  indexGzipBytes: number
  /** The documents' texts, in files fetched as results need them (not part of the load). */
  textFiles: number
  textBytes: number
  textGzipBytes: number
  buildMs: number
  /** JSON.parse + createSearcher in this (warm) process: the first load, then repeats. */
  loadFirstMs: number
  load: Distribution
  /** The same in fresh processes, as the first search after an app start pays it. */
  coldLoad: Distribution | null
  /** Quick search per keystroke (8 hits with snippets, suggestions when nothing matched). */
  keystroke: Distribution
  /** The results page for each whole query ("All": up to 5 hits of each kind, with snippets). */
  resultsPage: Distribution
  /** In the built app in Chromium, each sample a fresh browser: fetch, then parse and load. */
  chromium: { fetch: Distribution; load: Distribution } | { skipped: string }
  targets: { queryP95Ms: number; loadMs: number }
  machine: string
}

export interface SearchBenchOptions {
  /** A content folder (default resources/content), e.g. a synthetic library. */
  contentRoot?: string
  queries?: string[]
  /** Passes over the keystrokes (and the whole queries) after one warm-up pass. */
  rounds?: number
  /** In-process loads after the first. */
  loads?: number
  /** Fresh processes for the cold load (0 to skip). */
  coldLoads?: number
  /** Fresh Chromium browsers loading the built app's index (0 to skip). */
  chromiumLoads?: number
  /** The built renderer (`npm run build`), for the Chromium figures. */
  outDir?: string
}

export const TARGETS = { queryP95Ms: 5, loadMs: 50 }

function distribution(samples: number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! }
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now()
  const result = run()
  return [result, performance.now() - start]
}

/** Text files are read as results need them, after the load: a load never reads one. */
const noTexts: ReadTextFile = () => Promise.reject(new Error('not read in a load'))

/** The asset's bytes to a searcher, as the renderer does after fetching it. */
function load(bytes: Uint8Array, readText = noTexts): Searcher {
  return createSearcher(bytes, readText)
}

/** One quick-search keystroke: what the search box does. */
function quickSearch(searcher: Searcher, query: string): void {
  const outcome = searcher.search(query, { limit: 8, snippetLength: 110 })
  if (outcome.total === 0) searcher.suggest(query)
}

async function coldLoads(bytes: Uint8Array, count: number): Promise<Distribution | null> {
  if (count <= 0) return null
  const folder = await mkdtemp(join(tmpdir(), 'atlas-search-bench-'))
  const path = join(folder, 'search-index.bin')
  await writeFile(path, bytes)
  const self = fileURLToPath(import.meta.url)
  const samples: number[] = []
  try {
    for (let i = 0; i < count; i++) {
      const output = await new Promise<string>((done, fail) =>
        execFile(
          process.execPath,
          ['--import', 'tsx', self, '--cold-load', path],
          { cwd: process.cwd() },
          (error, stdout) => (error ? fail(error) : done(stdout)),
        ),
      )
      samples.push(Number(output.trim()))
    }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  return distribution(samples)
}

/**
 * The index load as the app does it, in Chromium: the built renderer served locally, a fresh
 * browser per sample, the results page opened, and the app's own performance measures read.
 * The built app's index is the one measured (build it from the same content first).
 */
async function chromiumLoads(
  outDir: string,
  count: number,
): Promise<{ fetch: Distribution; load: Distribution } | { skipped: string }> {
  if (count <= 0) return { skipped: 'not asked for' }
  if (!existsSync(join(outDir, 'index.html')))
    return { skipped: `no built app in ${outDir}: run "npm run build" first` }
  if (!existsSync(CHROMIUM_PATH))
    return { skipped: `no Chromium at ${CHROMIUM_PATH}: set CHROMIUM_PATH` }
  const server = await serveStatic(outDir)
  const fetches: number[] = []
  const loads: number[] = []
  try {
    for (let i = 0; i < count; i++) {
      const browser = await launchChromium()
      try {
        const page = await browser.newPage()
        await page.goto(`${server.url}#/search?q=CES`)
        await page.locator('.result').first().waitFor({ timeout: 60_000 })
        const [fetch, load] = await page.evaluate(
          (names) => names.map((name) => performance.getEntriesByName(name)[0]?.duration ?? NaN),
          [FETCH_MEASURE, LOAD_MEASURE],
        )
        fetches.push(fetch!)
        loads.push(load!)
      } finally {
        await browser.close()
      }
    }
  } finally {
    await server.close()
  }
  return { fetch: distribution(fetches), load: distribution(loads) }
}

export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchFigures> {
  const root = resolve(options.contentRoot ?? 'resources/content')
  const queries = options.queries ?? REALISTIC_QUERIES
  const files = await readContentFiles(root)
  const { bundle } = compileContent(files, { today: todayIso() })

  // Built and packed as the build ships it.
  const [{ built, bytes }, buildMs] = time(() => {
    const built = buildSearchIndex(bundle)
    return { built, bytes: encodeSearchIndex(built.file) }
  })
  const file = built.file
  const texts = built.textFiles.map((f) => f.json)

  // The build's own garbage collected first: an app loading the index has not just built it.
  collectGarbage()
  const [searcher, loadFirstMs] = time(() => load(bytes, builtTextReader(built)))
  const loads = Array.from({ length: options.loads ?? 20 }, () => time(() => load(bytes))[1])
  // Queries are timed with every snippet's text in, as after a results page has read its files.
  await searcher.loadAllTexts()

  const typed = keystrokes(queries)
  for (const query of typed) quickSearch(searcher, query) // warm-up pass, not counted
  const perKeystroke: number[] = []
  for (let round = 0; round < (options.rounds ?? 5); round++) {
    for (const query of typed) perKeystroke.push(time(() => quickSearch(searcher, query))[1])
  }
  const resultsPage = (query: string) => {
    const outcome = searcher.search(query, { limit: 40, perKind: 5, snippetLength: 240 })
    if (outcome.total === 0) searcher.suggest(query)
  }
  for (const query of queries) resultsPage(query) // warm-up pass, not counted
  const perPage: number[] = []
  for (let round = 0; round < (options.rounds ?? 5); round++) {
    for (const query of queries) perPage.push(time(() => resultsPage(query))[1])
  }

  return {
    content: root,
    documents: searcher.documentCount,
    terms: file.postings.terms.length,
    indexBytes: bytes.length,
    indexGzipBytes: gzipSync(bytes).length,
    textFiles: texts.length,
    textBytes: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    textGzipBytes: texts.reduce((sum, t) => sum + gzipSync(t).length, 0),
    buildMs,
    loadFirstMs,
    load: distribution(loads),
    coldLoad: await coldLoads(bytes, options.coldLoads ?? 5),
    chromium: await chromiumLoads(options.outDir ?? 'out/renderer', options.chromiumLoads ?? 5),
    keystroke: distribution(perKeystroke),
    resultsPage: distribution(perPage),
    targets: TARGETS,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load average ${loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
  }
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`
const verdict = (value: number, target: number): string =>
  `${value <= target ? 'meets' : 'MISSES'} ≤ ${target} ms (${(value / target).toFixed(2)}× target)`

/** The figures as the table the script prints. */
export function formatSearchFigures(f: SearchBenchFigures): string {
  const rows: [string, string, string][] = [
    ['documents / terms', `${f.documents} / ${f.terms}`, ''],
    [
      'index asset',
      `${(f.indexBytes / 1024).toFixed(0)} KB (${(f.indexGzipBytes / 1024).toFixed(0)} KB gzipped)`,
      '',
    ],
    [
      `snippet texts (${f.textFiles} files, read as results need them)`,
      `${(f.textBytes / 1024).toFixed(0)} KB (${(f.textGzipBytes / 1024).toFixed(0)} KB gzipped)`,
      '',
    ],
    ['index build (at build time)', ms(f.buildMs), ''],
    ['index load, first in process', ms(f.loadFirstMs), verdict(f.loadFirstMs, f.targets.loadMs)],
    [
      `index load, warm (p50 / p95, n=${f.load.count})`,
      `${ms(f.load.p50)} / ${ms(f.load.p95)}`,
      verdict(f.load.p95, f.targets.loadMs),
    ],
    ...(f.coldLoad
      ? [
          [
            `index load, fresh process (p50 / max, n=${f.coldLoad.count})`,
            `${ms(f.coldLoad.p50)} / ${ms(f.coldLoad.max)}`,
            verdict(f.coldLoad.p50, f.targets.loadMs),
          ] as [string, string, string],
        ]
      : []),
    ...('skipped' in f.chromium
      ? [['index load in Chromium', 'skipped', f.chromium.skipped] as [string, string, string]]
      : [
          [
            `index fetch in Chromium (p50 / max, n=${f.chromium.fetch.count})`,
            `${ms(f.chromium.fetch.p50)} / ${ms(f.chromium.fetch.max)}`,
            '',
          ] as [string, string, string],
          [
            `index load in Chromium (p50 / max, n=${f.chromium.load.count})`,
            `${ms(f.chromium.load.p50)} / ${ms(f.chromium.load.max)}`,
            verdict(f.chromium.load.p50, f.targets.loadMs),
          ] as [string, string, string],
        ]),
    [
      `quick search per keystroke (p50 / p95 / max, n=${f.keystroke.count})`,
      `${ms(f.keystroke.p50)} / ${ms(f.keystroke.p95)} / ${ms(f.keystroke.max)}`,
      verdict(f.keystroke.p95, f.targets.queryP95Ms),
    ],
    [
      `results page per query (p50 / p95 / max, n=${f.resultsPage.count})`,
      `${ms(f.resultsPage.p50)} / ${ms(f.resultsPage.p95)} / ${ms(f.resultsPage.max)}`,
      verdict(f.resultsPage.p95, f.targets.queryP95Ms),
    ],
  ]
  const width = Math.max(...rows.map((r) => r[0].length))
  const valueWidth = Math.max(...rows.map((r) => r[1].length))
  return [
    `Search benchmark: ${f.content}`,
    `Machine: ${f.machine}`,
    ...rows.map(([name, value, note]) =>
      `  ${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${note}`.trimEnd(),
    ),
    'Shared machines are noisy: compare the ratios within a run, not absolute times across runs.',
  ].join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const cold = args.indexOf('--cold-load')
  if (cold >= 0) {
    // A child of coldLoads(): one load in a fresh process, its time on stdout.
    const bytes = readFileSync(args[cold + 1]!)
    process.stdout.write(`${time(() => load(bytes))[1]}\n`)
    return
  }
  const content = args.indexOf('--content')
  const figures = await benchSearch(content >= 0 ? { contentRoot: args[content + 1] } : {})
  console.log(formatSearchFigures(figures))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
