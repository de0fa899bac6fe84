/**
 * The real electron-builder packs the app, here, without the Electron binary: a stand-in Electron
 * (the same layout, and a fake executable carrying the fuse wire) is given as `electronDist`, and
 * the project is a checkout in miniature (real package.json and resources/, a small out/, and
 * sources, tests, maps, a secrets file and a dev package lying beside them). The archive is read
 * back with @electron/asar, and the fuses from the executable electron-builder renamed.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractFile, listPackage } from '@electron/asar'
import { Arch, build, Platform, type Configuration } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../../electron-builder.config'
import { auditArchive } from '../../packaging/audit-archive'
import { fuseMismatches } from '../../packaging/fuses'
import { fakeLinuxElectronDist, readWire } from './fake-electron'
import { DECOYS, fixtureProject } from './fixture-project'

const ELECTRON_VERSION = JSON.parse(
  await readFile(join(import.meta.dirname, '../../node_modules/electron/package.json'), 'utf8'),
).version as string

let root: string
let project: string
let electronDist: string

/** Packs the fixture for Linux into `dist-<name>` (a `dir` target: no installer tools needed). */
async function pack(name: string, overrides: Partial<Configuration> = {}): Promise<string> {
  const output = join(root, `dist-${name}`)
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: {
      // A copy each time: electron-builder rewrites parts of the configuration it is given.
      ...JSON.parse(JSON.stringify(config)),
      afterPack: config.afterPack,
      ...overrides,
      electronDist,
      electronVersion: ELECTRON_VERSION,
      directories: { ...config.directories, output },
    },
  })
  return join(output, 'linux-unpacked')
}

let appDir: string
let entries: string[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlas-pack-'))
  project = await fixtureProject(join(root, 'project'))
  electronDist = await fakeLinuxElectronDist(join(root, 'electron'), ELECTRON_VERSION)
  appDir = await pack('release')
  entries = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false })
}, 120_000)

afterAll(() => rm(root, { recursive: true, force: true }))

describe('the packed app', () => {
  const asar = () => join(appDir, 'resources', 'app.asar')

  it('holds package.json, out/ and resources/ and nothing else', () => {
    expect(auditArchive(asar())).toEqual([])
    const top = new Set(entries.map((e) => e.split('/')[1]))
    expect([...top].sort()).toEqual(['out', 'package.json', 'resources'])
  })

  it('leaves every decoy out: sources, tests, maps, tooling, .env, node_modules', () => {
    for (const decoy of Object.keys(DECOYS)) expect(entries).not.toContain(`/${decoy}`)
    expect(entries.some((e) => e.endsWith('.map'))).toBe(false)
    expect(entries.some((e) => e.includes('node_modules'))).toBe(false)
  })

  it('ships all the content main reads, but not the authors’ guide', async () => {
    const contentFiles = entries.filter((e) => /^\/resources\/content\/.+\.(md|yaml)$/.test(e))
    expect(contentFiles.length).toBeGreaterThan(30)
    expect(entries).not.toContain('/resources/content/README.md')
  })

  it('carries package.json without scripts or devDependencies, and the main entry', () => {
    const shipped = JSON.parse(extractFile(asar(), 'package.json').toString('utf8'))
    expect(shipped.main).toBe('./out/main/index.js')
    expect(shipped.productName).toBe('Postcoital Atlas')
    expect(shipped.scripts).toBeUndefined()
    expect(shipped.devDependencies).toBeUndefined()
  })

  it('keeps only the English UI translations', async () => {
    expect((await readdir(join(appDir, 'locales'))).sort()).toEqual(['en-GB.pak', 'en-US.pak'])
  })

  it('has its fuses flipped by afterPack in the executable electron-builder named', async () => {
    const binary = join(appDir, 'postcoital-atlas')
    expect(await fuseMismatches(binary)).toEqual([])
    expect(readWire(await readFile(binary))).toBe('010011001')
  })
})

describe('a build that would ship more than the runtime', () => {
  it('is stopped by afterPack, naming what should not be there', async () => {
    // As if someone widened `files` and let node_modules in: the sources, tests, maps and
    // main's packages (already bundled into it) would be packed, and the build must fail
    // before an installer exists.
    const widened = (config.files as string[]).filter(
      (f) => f !== '!out/**/*.map' && !f.startsWith('!node_modules'),
    )
    const failure = await pack('widened', {
      files: [...widened, 'src/**/*', 'tests/**/*', '.env'],
    }).then(
      () => null,
      (error: Error) => error.message,
    )
    expect(failure).toContain('The packed app is not what should ship')
    for (const path of [
      'src/main/index.ts',
      'tests/main/app.test.ts',
      'out/main/index.js.map',
      'node_modules/zod/package.json',
    ]) {
      expect(failure).toContain(path)
    }
  }, 120_000)
})
