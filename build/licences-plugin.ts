import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { LICENCES_FILE, type LicenceEntry, type LicencesFile } from '../src/shared/licences'
import { fontEntries } from './licences/font-licences'
import { dependencyClosure, packageEntry, packageFolderOf } from './licences/package-licences'

/**
 * Writes `licences.json` beside index.html when the window's code is built, for About: every
 * package bundled into the window (found in the bundle's own module graph), every package the
 * main process ships with (the closure of package.json's dependencies), Electron itself, and
 * the fonts in resources/fonts (read from their name tables). Nothing is written by hand.
 */
export function licencesPlugin(root = process.cwd()): Plugin {
  return {
    name: 'atlas-licences',
    apply: 'build',
    generateBundle() {
      const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        productName?: string
        name: string
        version: string
        dependencies?: Record<string, string>
      }
      const entries = new Map<string, LicenceEntry>()
      const add = (folder: string, usedIn: LicenceEntry['usedIn'][number]): void => {
        const entry = packageEntry(folder, [usedIn])
        if (!entry) return
        const key = `${entry.name}@${entry.version}`
        const known = entries.get(key)
        if (!known) entries.set(key, entry)
        else if (!known.usedIn.includes(usedIn)) known.usedIn.push(usedIn)
      }
      for (const id of this.getModuleIds()) {
        const folder = packageFolderOf(id)
        if (folder) add(folder, 'window')
      }
      for (const folder of dependencyClosure(root, Object.keys(app.dependencies ?? {})))
        add(folder, 'main')
      add(join(root, 'node_modules', 'electron'), 'app')

      const sorted = [...entries.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'))
      // Web fonts come as packages (@fontsource/…): they are listed with the fonts.
      const isFont = (entry: LicenceEntry): boolean =>
        /^@fontsource(?:-variable)?\//.test(entry.name)
      const file: LicencesFile = {
        app: { name: app.productName ?? app.name, version: app.version },
        libraries: sorted.filter((entry) => !isFont(entry)),
        fonts: [
          ...sorted.filter(isFont),
          ...fontEntries(join(root, 'resources', 'fonts'), ['window', 'main']),
        ],
      }
      this.emitFile({
        type: 'asset',
        fileName: LICENCES_FILE,
        source: `${JSON.stringify(file, null, 2)}\n`,
      })
    },
  }
}
