/**
 * The content compile at several library sizes: what the build's two content plugins do for a
 * content folder (read, validate, compile, readability, per-item assets and catalogue; then the
 * search index), timed by calling the plugins' own load hooks, so the figure follows whatever
 * the build does today. Per-topic cost must stay flat as the library grows.
 */
import type { Plugin } from 'vite'
import { contentPlugin, CONTENT_MODULE_ID } from '../../build/content-plugin'
import { CONTENT_ROOT_ENV } from '../../build/content-root'
import { searchAssets } from '../../build/search-index-plugin'
import { forgetCompiledContent } from '../../build/compiled-content'
import { median, timed } from './stats'
import type { Row } from './report'

export interface Library {
  topics: number
  root: string
}

/** The plugin context the content plugin's load hook uses; emitted assets are only counted. */
function pluginContext(emitted: { count: number; bytes: number }) {
  return {
    addWatchFile: () => undefined,
    warn: () => undefined,
    emitFile: (file: { source?: string | Uint8Array }) => {
      emitted.count++
      emitted.bytes += file.source?.length ?? 0
      return ''
    },
    error: (message: unknown) => {
      throw new Error(typeof message === 'string' ? message : JSON.stringify(message))
    },
  }
}

type LoadHook = (this: unknown, id: string) => Promise<unknown> | unknown

function loadHook(plugin: Plugin): LoadHook {
  const load = plugin.load as LoadHook | { handler: LoadHook } | undefined
  if (!load) throw new Error(`the ${plugin.name} plugin has no load hook`)
  return typeof load === 'function' ? load : load.handler
}

/**
 * One compile of `root` as a fresh build does it: [content plugin ms, search index ms, assets].
 * The search index reuses the content plugin's compile, as in a build; the previous round's is
 * dropped first so every round compiles.
 */
async function compileOnce(root: string) {
  const previous = process.env[CONTENT_ROOT_ENV]
  process.env[CONTENT_ROOT_ENV] = root
  forgetCompiledContent()
  try {
    const plugin = contentPlugin()
    const resolved = (plugin.resolveId as (id: string) => string | undefined)(CONTENT_MODULE_ID)
    const emitted = { count: 0, bytes: 0 }
    const load = loadHook(plugin)
    const cpu = process.cpuUsage()
    const [, contentMs] = await timed(() => load.call(pluginContext(emitted), resolved!))
    const [, searchMs] = await timed(() => searchAssets(root))
    const used = process.cpuUsage(cpu)
    return { contentMs, searchMs, cpuMs: (used.user + used.system) / 1000, emitted }
  } finally {
    if (previous === undefined) delete process.env[CONTENT_ROOT_ENV]
    else process.env[CONTENT_ROOT_ENV] = previous
  }
}

/**
 * Compiles each library `rounds` times (after one warm-up compile of the smallest) and returns
 * the table rows: total, per topic, and the linearity and 500-topic targets. Wall time is what
 * a build waits; CPU time (this process, user + system) is what the compile costs, and is the
 * steadier figure on a shared machine, so per-topic cost and linearity are taken from it.
 */
export async function benchContentBuild(libraries: Library[], rounds: number): Promise<Row[]> {
  const area = 'content build'
  const rows: Row[] = []
  await compileOnce(libraries[0]!.root) // loads the code and warms the JIT; not counted
  const perTopic = new Map<number, number>()
  for (const library of libraries) {
    const samples: { wall: number; cpu: number; content: number; search: number }[] = []
    let assets = 0
    // Every library `rounds` times, the biggest too: one 500-topic compile moved by 10% between
    // runs minutes apart (7.7 to 8.5 s), which decides whether it meets its target.
    const times = rounds
    for (let i = 0; i < times; i++) {
      const { contentMs, searchMs, cpuMs, emitted } = await compileOnce(library.root)
      samples.push({ wall: contentMs + searchMs, cpu: cpuMs, content: contentMs, search: searchMs })
      assets = emitted.count
    }
    const wall = median(samples.map((s) => s.wall))
    const cpu = median(samples.map((s) => s.cpu))
    perTopic.set(library.topics, cpu / library.topics)
    const target = library.topics === 500 ? { target: 10 } : {}
    rows.push({
      area,
      name: `compile, ${library.topics} topics (wall)`,
      value: wall / 1000,
      unit: 's',
      ...target,
      note: `median of ${times}: content plugin ${median(samples.map((s) => s.content)).toFixed(0)} ms + search index ${median(samples.map((s) => s.search)).toFixed(0)} ms; ${assets} content assets`,
    })
    rows.push({
      area,
      name: `compile, ${library.topics} topics (CPU)`,
      value: cpu / 1000,
      unit: 's',
      ...target,
    })
    rows.push({
      area,
      name: `per topic (CPU), ${library.topics} topics`,
      value: cpu / library.topics,
      unit: 'ms',
    })
  }
  const at50 = perTopic.get(50)
  const at500 = perTopic.get(500)
  if (at50 && at500)
    rows.push({
      area,
      name: 'per topic at 500 ÷ per topic at 50 (CPU)',
      value: at500 / at50,
      unit: '×',
      target: 1.25,
      note: 'linear growth is 1.0',
    })
  return rows
}
