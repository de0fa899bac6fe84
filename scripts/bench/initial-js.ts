/**
 * Initial JavaScript of a built renderer: every script index.html loads eagerly (its module
 * entry and the modulepreloads Vite adds for the entry's static imports), each gzipped, summed.
 * `npx tsx scripts/bench/initial-js.ts [out/renderer]` prints the files and the total.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
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

export function measureInitialJs(rendererDir = 'out/renderer'): InitialJs {
  const root = resolve(rendererDir)
  const files = eagerScripts(readFileSync(join(root, 'index.html'), 'utf8')).map((file) => {
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
