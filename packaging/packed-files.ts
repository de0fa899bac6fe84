import { isBuiltin } from 'node:module'
import { posix } from 'node:path'
import { parse, type Literal, type Node } from 'acorn'
import { simple } from 'acorn-walk'

/**
 * What the packaged app.asar must and must not hold. Only the built app (`out/`), the content and
 * fonts main reads at run time (`resources/`) and `package.json` are shipped: no sources, tests,
 * source maps, dot files or `node_modules` (main and preload are bundled, see
 * electron.vite.config.ts), so an installed copy carries nothing it does not run.
 */

/** Files the app cannot start or export a handout without. */
export const REQUIRED_FILES = [
  'package.json',
  'out/main/index.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'resources/content/bibliography.yaml',
  'resources/fonts/NotoSans-Regular.ttf',
  'resources/fonts/NotoSans-Bold.ttf',
  'resources/fonts/NotoSans-Italic.ttf',
  // The fonts' licence must travel with them.
  'resources/fonts/OFL.txt',
] as const

const TOP_LEVEL = new Set(['package.json', 'out', 'resources'])

const RULES: { why: string; matches: (path: string) => boolean }[] = [
  {
    why: 'only out/, resources/ and package.json ship; sources, tests and tooling stay out',
    matches: (path) => !TOP_LEVEL.has(path.split('/')[0]!),
  },
  { why: 'a source map', matches: (path) => path.endsWith('.map') },
  {
    why: 'node_modules: main and preload are bundled, nothing loads from node_modules',
    matches: (path) => path.split('/').includes('node_modules'),
  },
  {
    why: 'a source file',
    matches: (path) => /\.(?:[cm]?ts|tsx|vue)$/.test(path) && !path.endsWith('.d.ts'),
  },
  { why: 'a dot file', matches: (path) => path.split('/').some((part) => part.startsWith('.')) },
]

/** `/out/main/index.js` or `\out\main\index.js` (as @electron/asar lists them) → `out/main/index.js`. */
export function normaliseEntry(entry: string): string {
  return entry.replaceAll('\\', '/').replace(/^\/+/, '')
}

/**
 * Problems with an archive's listing (files and folders, as `listPackage` gives them), one line
 * each; empty when the archive holds exactly what it should.
 */
export function auditPackedFiles(entries: readonly string[]): string[] {
  const paths = entries.map(normaliseEntry).filter(Boolean)
  const present = new Set(paths)
  const problems = REQUIRED_FILES.filter((file) => !present.has(file)).map(
    (file) => `missing: ${file}`,
  )
  for (const path of paths) {
    const rule = RULES.find((r) => r.matches(path))
    if (rule) problems.push(`must not be packed: ${path} (${rule.why})`)
  }
  return problems
}

/**
 * Specifiers the bundle names but the app never loads. pdfkit registers lazy loaders for its 14
 * standard fonts (package-internal `#standard-fonts/…` imports); handouts create documents with
 * `font: null` and embed Noto Sans, so the loaders never run. They would fail the same way in
 * `npm start`, which runs the same bundle, so a future use could not hide until packaging.
 */
const NEVER_LOADED = ['#standard-fonts/']

/**
 * Every module specifier a bundle loads: static and dynamic imports, re-exports, and `require()`
 * (also as `require$1` and so on, as bundlers rename it). Parsed, so comments and strings that
 * merely mention a package (JSDoc examples in bundled libraries) do not count.
 */
export function moduleSpecifiers(source: string, sourceType: 'module' | 'script'): string[] {
  const found = new Set<string>()
  const literal = (node: Node | null | undefined) => {
    if (node?.type === 'Literal' && typeof (node as Literal).value === 'string') {
      found.add((node as Literal).value as string)
    }
  }
  const ast = parse(source, { ecmaVersion: 'latest', sourceType, allowHashBang: true })
  simple(ast, {
    ImportDeclaration: (node) => literal(node.source),
    ImportExpression: (node) => literal(node.source),
    ExportNamedDeclaration: (node) => literal(node.source),
    ExportAllDeclaration: (node) => literal(node.source),
    CallExpression(node) {
      const callee = node.callee
      if (callee.type === 'Identifier' && /^require(?:\$\d+)?$/.test(callee.name)) {
        literal(node.arguments[0] as Node)
      }
    },
  })
  return [...found].sort((a, b) => a.localeCompare(b))
}

/**
 * What a bundled file inside the archive would fail to load: any package other than `electron`
 * and Node's built-ins (there is no node_modules), and any relative file the archive lacks.
 */
export function unloadableImports(
  file: string,
  source: string,
  archive: ReadonlySet<string>,
): string[] {
  const problems: string[] = []
  const sourceType = file.endsWith('.cjs') ? 'script' : 'module'
  for (const specifier of moduleSpecifiers(source, sourceType)) {
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      const target = posix.join(posix.dirname(file), specifier)
      if (!archive.has(target)) problems.push(`${file} imports ${specifier}, which is not packed`)
    } else if (
      specifier !== 'electron' &&
      !isBuiltin(specifier) &&
      !NEVER_LOADED.some((prefix) => specifier.startsWith(prefix))
    ) {
      problems.push(`${file} loads the package ${specifier}, which is not bundled into it`)
    }
  }
  return problems
}
