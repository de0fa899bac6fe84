/** The rules afterPack applies to an archive's listing and to the bundles inside it. */
import { describe, expect, it } from 'vitest'
import {
  auditPackedFiles,
  moduleSpecifiers,
  REQUIRED_FILES,
  unloadableImports,
} from '../../packaging/packed-files'

/** A listing as @electron/asar gives it: leading slash, folders included. */
const listing = (paths: readonly string[]) => {
  const entries = new Set<string>()
  for (const path of paths) {
    const parts = path.split('/')
    for (let i = 1; i <= parts.length; i++) entries.add(`/${parts.slice(0, i).join('/')}`)
  }
  return [...entries]
}

const GOOD = listing([...REQUIRED_FILES, 'out/renderer/assets/index-a1.js'])

describe('auditPackedFiles', () => {
  it('passes an archive with the runtime and nothing else', () => {
    expect(auditPackedFiles(GOOD)).toEqual([])
  })

  it.each([
    ['src/main/index.ts', /only out\/, resources\/ and package.json ship/],
    ['tests/main/app.test.ts', /only out\/, resources\/ and package.json ship/],
    ['out/main/index.js.map', /source map/],
    ['out/renderer/assets/index-a1.js.map', /source map/],
    ['node_modules/vitest/package.json', /node_modules/],
    ['out/main/node_modules/zod/index.js', /node_modules/],
    ['out/renderer/src/App.vue', /source file/],
    ['resources/content/notes.ts', /source file/],
    ['.env', /only out\//],
    ['resources/content/.DS_Store', /dot file/],
  ])('refuses %s', (path, why) => {
    const problems = auditPackedFiles([...GOOD, ...listing([path])])
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join('\n')).toMatch(why)
    expect(problems.join('\n')).toContain(path)
  })

  it('names each required file that is missing', () => {
    const withoutFonts = GOOD.filter((entry) => !entry.includes('NotoSans'))
    expect(auditPackedFiles(withoutFonts)).toEqual([
      'missing: resources/fonts/NotoSans-Regular.ttf',
      'missing: resources/fonts/NotoSans-Bold.ttf',
      'missing: resources/fonts/NotoSans-Italic.ttf',
    ])
  })

  it('reads Windows-style listings', () => {
    const windows = GOOD.map((entry) => entry.replaceAll('/', '\\'))
    expect(auditPackedFiles(windows)).toEqual([])
    expect(auditPackedFiles([...windows, '\\src\\main\\index.ts'])).toHaveLength(1)
  })
})

describe('imports of a bundle', () => {
  it('finds static, dynamic, re-exported and required modules, also as require$1', () => {
    const source = `
      import a from "zod"; import { b } from 'yaml'; import "side-effect";
      export * from "re-export"; export { c } from "named";
      const d = await import("dynamic");
      const require$1 = () => {}; require$1("renamed"); require("plain");
    `
    expect(moduleSpecifiers(source, 'module')).toEqual([
      'dynamic',
      'named',
      'plain',
      're-export',
      'renamed',
      'side-effect',
      'yaml',
      'zod',
    ])
  })

  it('ignores packages named only in comments and strings', () => {
    const source = `/** import MarkdownIt from 'markdown-it' */\nconst help = "require('tlds')";\n`
    expect(moduleSpecifiers(source, 'module')).toEqual([])
  })

  it('allows electron and Node built-ins, and relative files that are packed', () => {
    const source = `import { app } from "electron"; import { join } from "node:path";
      import fs from "fs"; import chunk from "./chunk-1.js";`
    expect(
      unloadableImports('out/main/index.js', source, new Set(['out/main/chunk-1.js'])),
    ).toEqual([])
  })

  it('refuses a package (there is no node_modules) and a relative file that is not packed', () => {
    const source = `import { z } from "zod"; import chunk from "./chunk-2.js";`
    expect(unloadableImports('out/main/index.js', source, new Set())).toEqual([
      'out/main/index.js imports ./chunk-2.js, which is not packed',
      'out/main/index.js loads the package zod, which is not bundled into it',
    ])
  })

  it('reads a CommonJS preload as a script', () => {
    const source = 'const { contextBridge } = require("electron"); const x = require("lodash");'
    expect(unloadableImports('out/preload/index.cjs', source, new Set())).toEqual([
      'out/preload/index.cjs loads the package lodash, which is not bundled into it',
    ])
  })
})
