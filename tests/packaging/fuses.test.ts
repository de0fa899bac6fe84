/**
 * The fuses afterPack flips: the pure configuration, then the real @electron/fuses writing a
 * stand-in binary laid out as Electron's (sentinel, version, length, one byte per fuse).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { flipAndVerifyFuses, fuseConfig, fuseMismatches, FUSES } from '../../packaging/fuses'
import { fakeElectronBinary, readWire, STOCK_FUSES } from './fake-electron'

/** '0'/'1' per fuse, in wire order, as FUSES sets them. */
const WANTED = Object.keys(STOCK_FUSES)
  .map((index) => (FUSES[Number(index) as FuseV1Options] ? '1' : '0'))
  .join('')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atlas-fuses-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function binary(name: string, bytes = fakeElectronBinary()): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

describe('fuse configuration', () => {
  it('turns off running as Node, NODE_OPTIONS, inspect and file:// privileges', () => {
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
  })

  it('turns on cookie encryption, asar-only loading and asar integrity', () => {
    expect(FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
  })

  it('decides every fuse @electron/fuses knows, and insists the binary has no others', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    const config = fuseConfig('linux', 'x64')
    for (const index of known) expect(typeof config[index as FuseV1Options]).toBe('boolean')
    expect(config.strictlyRequireAllFuses).toBe(true)
  })

  it('re-signs ad hoc only where Apple silicon needs it', () => {
    expect(fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfig('darwin', 'universal').resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfig('win32', 'arm64').resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfig('linux', 'arm64').resetAdHocDarwinSignature).toBe(false)
  })
})

describe('flipping a binary', () => {
  it('rewrites a stock wire to the wanted one, byte for byte, and nothing else', async () => {
    const before = fakeElectronBinary()
    const path = await binary('electron', before)
    expect(readWire(before)).toBe('101100011')
    await flipAndVerifyFuses(path, 'linux', 'x64')
    const after = await readFile(path)
    expect(readWire(after)).toBe(WANTED)
    expect(WANTED).toBe('010011001')
    expect(after.length).toBe(before.length)
    const differing = [...after].filter((byte, i) => byte !== before[i]).length
    expect(differing).toBe([...WANTED].filter((c, i) => c !== '101100011'[i]).length)
  })

  it('is idempotent', async () => {
    const path = await binary('twice')
    await flipAndVerifyFuses(path, 'linux', 'x64')
    await flipAndVerifyFuses(path, 'linux', 'x64')
    expect(readWire(await readFile(path))).toBe(WANTED)
  })

  it('reports each fuse that is not as wanted', async () => {
    const path = await binary('stock')
    const problems = await fuseMismatches(path)
    expect(problems).toContain('RunAsNode: wanted off, found on')
    expect(problems).toContain('OnlyLoadAppFromAsar: wanted on, found off')
    expect(problems).toHaveLength(7)
  })

  it('refuses a binary without the sentinel', async () => {
    const path = await binary('not-electron', Buffer.alloc(8192, 0x41))
    await expect(flipAndVerifyFuses(path, 'linux', 'x64')).rejects.toThrow(/sentinel/)
  })

  it('refuses a newer wire with a fuse nobody decided', async () => {
    const path = await binary('newer', fakeElectronBinary([...Object.values(STOCK_FUSES), true]))
    await expect(flipAndVerifyFuses(path, 'linux', 'x64')).rejects.toThrow(
      /strictlyRequireAllFuses/,
    )
  })

  it('refuses an older wire too short for the fuses it must set', async () => {
    const path = await binary('older', fakeElectronBinary([true, false, true, true, false]))
    await expect(flipAndVerifyFuses(path, 'linux', 'x64')).rejects.toThrow(/not long enough/)
  })
})
