/**
 * The installer configuration, checked without the Electron binary: against electron-builder's
 * own JSON schema (the scheme.json app-builder-lib ships and validates with), and for the
 * decisions the issue asks for.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../../electron-builder.config'
import afterPack from '../../packaging/after-pack'
import { ICON_OUT, LINUX_SIZES } from '../../packaging/build-icons'

const ROOT = join(import.meta.dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))

let validate: ValidateFunction

beforeAll(() => {
  const require = createRequire(import.meta.url)
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'))
  // Strict, unlike electron-builder's own run (which coerces types): a string where a boolean
  // belongs is an error here. `typeof` is the schema's one non-standard keyword (hooks may be
  // functions), so it gets a real implementation rather than being ignored.
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true })
  ajv.addKeyword({
    keyword: 'typeof',
    schemaType: 'string',
    validate: (type: string, data: unknown) => typeof data === type,
    errors: false,
  })
  validate = ajv.compile(schema)
}, 30_000)

const errorsOf = (candidate: unknown) =>
  validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)

describe("electron-builder's schema", () => {
  it('accepts the configuration', () => {
    expect(errorsOf(config)).toEqual([])
  })

  it('rejects a misspelt option, a wrong type and an unknown NSIS setting', () => {
    const broken = {
      ...config,
      asarr: true,
      asar: 'yes',
      nsis: { ...config.nsis, oneClik: false },
    } as unknown as Configuration
    const errors = errorsOf(broken).join('\n')
    expect(errors).toMatch(/must NOT have additional properties/)
    expect(errors).toContain('/asar')
    expect(errors).toContain('/nsis')
  })
})

describe('installer decisions', () => {
  it('names the app as package.json does, with a reverse-DNS id', () => {
    expect(config.productName).toBe(pkg.productName)
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*){2,}$/)
  })

  it('builds AppImage and deb, NSIS, and DMG', () => {
    const targets = (value: unknown) =>
      (Array.isArray(value) ? value : [value]).map((t) => (typeof t === 'string' ? t : t.target))
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb'])
    expect(targets(config.win?.target)).toEqual(['nsis'])
    expect(targets(config.mac?.target)).toEqual(['dmg'])
  })

  it('claims no file types or URL schemes, anywhere', () => {
    const json = JSON.stringify(config)
    expect(json).not.toMatch(/fileAssociations|protocols/)
  })

  it('packs into asar, publishes nothing and fetches nothing to rebuild', () => {
    expect(config.asar).toBe(true)
    expect(config.publish).toBeNull()
    expect(config.npmRebuild).toBe(false)
    // Fuses are flipped by our afterPack with the pinned @electron/fuses, not a second time.
    expect(config.electronFuses).toBeUndefined()
    expect(config.afterPack).toBe(afterPack)
  })

  it('ships package.json, out/ and resources/ only, without source maps or node_modules', () => {
    expect(config.files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/**/*',
        '!out/**/*.map',
        'resources/**/*',
        '!node_modules{,/**/*}',
      ]),
    )
    const included = (config.files as string[]).filter((f) => !f.startsWith('!'))
    expect(included.map((f) => f.split('/')[0])).toEqual(['package.json', 'out', 'resources'])
  })

  it('points every icon at what `npm run icons` builds', () => {
    const icons = relative(ROOT, ICON_OUT)
    expect(config.win?.icon).toBe(`${icons}/icon.ico`)
    expect(config.mac?.icon).toBe(`${icons}/icon.icns`)
    expect(config.linux?.icon).toBe(`${icons}/png`)
    expect(LINUX_SIZES).toContain(16)
    expect(existsSync(join(ROOT, 'packaging', 'icon.svg'))).toBe(true)
  })

  it('has `npm run dist` build the icons and the app before the installers', () => {
    expect(pkg.scripts.dist).toMatch(
      /npm run icons && electron-vite build && electron-builder --config electron-builder\.config\.ts --publish never/,
    )
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.devDependencies['@electron/fuses']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
