import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FuseState, FuseV1Options } from '@electron/fuses'

/** The sentinel Electron places before its fuse wire (the one @electron/fuses searches for). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * The fuses as a stock Electron 45 binary ships them: run-as-node, NODE_OPTIONS, inspect and
 * file:// privileges on; cookie encryption, asar integrity and asar-only off.
 */
export const STOCK_FUSES: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
}

/**
 * Bytes laid out as in Electron's binary: filler, the sentinel, the wire version (1), the wire
 * length, one ASCII '0'/'1' per fuse, more filler. `fuses` defaults to the stock settings.
 */
export function fakeElectronBinary(fuses: boolean[] = Object.values(STOCK_FUSES)): Buffer {
  const wire = Buffer.from(fuses.map((on) => (on ? FuseState.ENABLE : FuseState.DISABLE)))
  return Buffer.concat([
    Buffer.alloc(4096, 0x90),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, wire.length]),
    wire,
    Buffer.alloc(4096, 0x90),
  ])
}

/** The fuse bytes after the sentinel, as '0'/'1' characters. */
export function readWire(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length
  return binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('ascii')
}

/**
 * An unpacked Linux Electron as electron-builder expects it (`electronDist`): the executable it
 * renames and three UI translations, so language pruning shows. (No default_app.asar: electron-builder
 * would hash it as an archive.)
 */
export async function fakeLinuxElectronDist(dir: string, version: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true })
  await mkdir(join(dir, 'locales'), { recursive: true })
  await writeFile(join(dir, 'electron'), fakeElectronBinary())
  await chmod(join(dir, 'electron'), 0o755)
  for (const locale of ['en-US', 'en-GB', 'fr']) {
    await writeFile(join(dir, 'locales', `${locale}.pak`), locale)
  }
  await writeFile(join(dir, 'LICENSE'), 'MIT')
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<p>licences</p>')
  await writeFile(join(dir, 'version'), version)
  return dir
}
