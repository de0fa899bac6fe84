import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { LicenceEntry } from '../../src/shared/licences'

interface PackageJson {
  name?: string
  version?: string
  license?: string | { type?: string }
  licenses?: { type?: string }[]
  author?: string | { name?: string }
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

/** The package a bundled module comes from: `…/node_modules/@scope/name/…` → its folder. */
export function packageFolderOf(moduleId: string): string | null {
  const path = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replace(/\\/g, '/')
  const at = path.lastIndexOf('/node_modules/')
  if (at < 0) return null
  const rest = path.slice(at + '/node_modules/'.length).split('/')
  const name = rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : rest[0]
  return name ? `${path.slice(0, at)}/node_modules/${name}` : null
}

function readPackage(folder: string): PackageJson | null {
  try {
    return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as PackageJson
  } catch {
    return null
  }
}

function licenceOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license?.type) return pkg.license.type
  const types = (pkg.licenses ?? []).flatMap((l) => (l.type ? [l.type] : []))
  return types.length ? types.join(' OR ') : 'not stated by the package'
}

function authorOf(pkg: PackageJson): string | undefined {
  const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name
  // "Name <email> (url)" → "Name": addresses are not needed to credit a licence holder.
  return author?.replace(/\s*[<(].*$/, '').trim() || undefined
}

/** The licence entry for the package in `folder`, or null when it has no readable package.json. */
export function packageEntry(folder: string, usedIn: LicenceEntry['usedIn']): LicenceEntry | null {
  const pkg = readPackage(folder)
  if (!pkg?.name) return null
  const by = authorOf(pkg)
  return {
    name: pkg.name,
    version: pkg.version ?? '',
    licence: licenceOf(pkg),
    ...(by ? { by } : {}),
    usedIn,
  }
}

/** Where Node would find `name` when required from `fromFolder`. */
function resolvePackage(name: string, fromFolder: string, root: string): string | null {
  for (let dir = fromFolder; dir.startsWith(root); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (readPackage(candidate)) return candidate
    if (dir === root) break
  }
  return null
}

/**
 * The folders of `dependencies` and everything they depend on, as installed under `root`:
 * what the main process ships with (its bundle is made from these).
 */
export function dependencyClosure(root: string, dependencies: string[]): string[] {
  const seen = new Set<string>()
  const visit = (name: string, from: string): void => {
    const folder = resolvePackage(name, from, root)
    if (!folder || seen.has(folder)) return
    seen.add(folder)
    const pkg = readPackage(folder)
    for (const dep of Object.keys({ ...pkg?.dependencies, ...pkg?.optionalDependencies }))
      visit(dep, folder)
  }
  for (const name of dependencies) visit(name, root)
  return [...seen]
}
