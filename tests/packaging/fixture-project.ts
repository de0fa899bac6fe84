import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

/**
 * Files that are in any working copy but must never reach an installer: sources, tests, maps,
 * tooling and a secrets file.
 */
export const DECOYS = {
  'src/main/index.ts': 'export {}\n',
  'tests/main/app.test.ts': 'export {}\n',
  'scripts/handouts.ts': 'export {}\n',
  'packaging/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
  'docs/notes.md': '# notes\n',
  '.env': 'SECRET=1\n',
  'out/main/index.js.map': '{"version":3,"sources":["../../src/main/index.ts"]}\n',
  'out/renderer/assets/index-a1.js.map': '{"version":3,"sources":[]}\n',
} as const

/** A built app in miniature: what `electron-vite build` puts in out/ (bundles that load only electron). */
const BUILT = {
  'out/main/index.js':
    'import { join } from "node:path";\nimport { app } from "electron";\napp.whenReady().then(() => join(import.meta.dirname, "../preload/index.cjs"));\n',
  'out/preload/index.cjs':
    'const { contextBridge } = require("electron");\ncontextBridge.exposeInMainWorld("api", {});\n',
  'out/renderer/index.html':
    '<!doctype html><html lang="en"><head><script type="module" src="./assets/index-a1.js"></script></head><body></body></html>\n',
  'out/renderer/assets/index-a1.js': 'document.title = "Postcoital Atlas";\n',
} as const

/**
 * A small package in node_modules for each of package.json's dependencies, at its pinned
 * version, so electron-builder finds them as it does in a checkout (the real tree would make
 * each pack take half a minute).
 */
async function dependencyStandIns(): Promise<Record<string, string>> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  const files: Record<string, string> = {}
  for (const [name, version] of Object.entries(pkg.dependencies as Record<string, string>)) {
    files[`node_modules/${name}/package.json`] = JSON.stringify({ name, version, main: 'index.js' })
    files[`node_modules/${name}/index.js`] = 'module.exports = {}\n'
  }
  return files
}

async function put(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
}

/**
 * A project folder electron-builder can pack: the real package.json and resources/, stand-ins
 * for its dependencies in node_modules, a miniature out/, and the decoys beside them, as in a
 * developer's checkout after a build.
 */
export async function fixtureProject(root: string): Promise<string> {
  await put(root, { 'package.json': await readFile(join(ROOT, 'package.json'), 'utf8') })
  await put(root, BUILT)
  await put(root, DECOYS)
  await cp(join(ROOT, 'resources'), join(root, 'resources'), { recursive: true })
  await put(root, await dependencyStandIns())
  return root
}
