import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { collapseSpaces } from '../../shared/text/collapse-spaces'

/**
 * What the learning record needs to know about each module: its title (stored with each
 * activity), its learning objectives (printed on certificates) and how many sections a reader
 * can reach. Read straight from the module sources, which the build has already validated:
 * compiling the whole content would cost a second the certificate does not need.
 */
export interface ModuleInfo {
  id: string
  title: string
  objectives: string[]
  /** Sections a reader can reach: each `##` section and the references. */
  sectionCount: number
}

export interface ModuleCatalogue {
  get(id: string): Promise<ModuleInfo | undefined>
  all(): Promise<ModuleInfo[]>
}

const inline = new MarkdownIt({ html: false })

/** Plain text of one line of Markdown: emphasis, links and citation marks removed. */
function plain(markdown: string): string {
  const tokens = inline.parseInline(markdown.replace(/\s*\[@[^\]]+\]/g, ''), {})[0]?.children ?? []
  return collapseSpaces(
    tokens
      .filter((t) => t.type === 'text' || t.type === 'code_inline')
      .map((t) => t.content)
      .join(''),
  )
}

/** Reads one module source; null when it is not a module with an id and a title. */
export function readModule(source: string): ModuleInfo | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source)
  if (!match) return null
  const meta = parseYaml(match[1]!) as { id?: unknown; title?: unknown } | null
  if (typeof meta?.id !== 'string' || typeof meta.title !== 'string') return null
  const lines = match[2]!.split(/\r?\n/)
  const objectives: string[] = []
  let inObjectives = false
  let sections = 0
  for (const line of lines) {
    if (/^## /.test(line)) {
      sections += 1
      inObjectives = /^## +learning objectives\s*$/i.test(line)
      continue
    }
    const item = inObjectives ? /^[-*] +(.+)$/.exec(line) : null
    if (item) objectives.push(plain(item[1]!))
  }
  return { id: meta.id, title: meta.title, objectives, sectionCount: sections + 1 }
}

/** The catalogue of `contentDir/topics`, read once on first use. */
export function moduleCatalogue(contentDir: string): ModuleCatalogue {
  let loading: Promise<Map<string, ModuleInfo>> | undefined
  const load = (): Promise<Map<string, ModuleInfo>> => {
    loading ??= (async () => {
      const folder = join(contentDir, 'topics')
      const names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort()
      const modules = await Promise.all(
        names.map(async (name) => readModule(await readFile(join(folder, name), 'utf8'))),
      )
      return new Map(modules.filter((m): m is ModuleInfo => m !== null).map((m) => [m.id, m]))
    })()
    // A failed read is tried again next time rather than remembered.
    loading.catch(() => (loading = undefined))
    return loading
  }
  return {
    get: async (id) => (await load()).get(id),
    all: async () => [...(await load()).values()],
  }
}
