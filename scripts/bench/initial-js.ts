/**
 * Initial JavaScript of a built renderer: every script the first usable page needs, each
 * gzipped, summed. That is what index.html loads eagerly (its module entry and any
 * modulepreloads), what those import statically, and what the entry imports as it starts: the
 * entry (boot.ts) paints the prerendered library and then imports the app itself, so the app
 * module and its static imports count too. Routes imported later (a module page, settings) do
 * not. `npx tsx scripts/bench/initial-js.ts [out/renderer]` prints the files and the total.
 */
import { readFileSync } from 'node:fs'
import { join, posix, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface InitialJs {
  files: { file: string; bytes: number; gzip: number }[]
  bytes: number
  gzip: number
}

/** The eager scripts named in `<rendererDir>/index.html`, in the order it lists them. */
export function eagerScripts(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? []
  return tags.flatMap((tag) => {
    const isEntry = /^<script\b/.test(tag) && /\btype="module"/.test(tag)
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag)
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    return (isEntry || isPreload) && url ? [url.replace(/^\.\//, '')] : []
  })
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g

/** Relative .js imports in a built script, resolved against its folder (renderer-relative). */
function importsOf(file: string, text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => posix.join(posix.dirname(file), m[1]!))
}

/** The eager scripts, then everything they import statically and the entry imports at start. */
export function initialScripts(root: string): string[] {
  const eager = eagerScripts(readFileSync(join(root, 'index.html'), 'utf8'))
  const entry = eager[0]
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(join(root, file), 'utf8')
    for (const next of importsOf(file, text, STATIC_IMPORT)) visit(next)
    // The app module boot.ts imports (src/main.ts, built as main-<hash>.js); the entry's other
    // dynamic imports, if it had any, would be lazy pages.
    if (file === entry)
      for (const next of importsOf(file, text, DYNAMIC_IMPORT))
        if (/^main-[\w-]+\.js$/.test(posix.basename(next))) visit(next)
  }
  for (const file of eager) visit(file)
  return [...seen]
}

export function measureInitialJs(rendererDir = 'out/renderer'): InitialJs {
  const root = resolve(rendererDir)
  const files = initialScripts(root).map((file) => {
    const text = readFileSync(join(root, file))
    return { file, bytes: text.length, gzip: gzipSync(text).length }
  })
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = measureInitialJs(process.argv[2])
  for (const f of result.files)
    console.log(`${kb(f.gzip).padStart(10)} gz  ${kb(f.bytes).padStart(10)}  ${f.file}`)
  console.log(
    `${kb(result.gzip).padStart(10)} gz  ${kb(result.bytes).padStart(10)}  initial JS in total`,
  )
}
