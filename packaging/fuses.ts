import { join } from 'node:path'
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses'

/**
 * Every fuse of the Electron 45 wire, set explicitly (security review M2). The packaged app is
 * a viewer of bundled content: it never needs to run as plain Node, take NODE_OPTIONS or a
 * debugger from the command line, or load code from outside its own signed archive.
 */
export const FUSES = {
  // `ELECTRON_RUN_AS_NODE=1 "Postcoital Atlas"` would otherwise be a signed Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Electron checks app.asar against the hash electron-builder embeds (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app serves itself over app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default; turning it off only slows WebAssembly.
  [FuseV1Options.WasmTrapHandlers]: true,
} as const satisfies Record<FuseV1Options, boolean>

/** electron-builder's names for its platforms, as `electronPlatformName` gives them. */
export type ElectronPlatform = 'darwin' | 'mas' | 'win32' | 'linux'

/**
 * The fuse configuration for one packaged build. `strictlyRequireAllFuses` makes the build fail
 * when a newer Electron adds a fuse this list does not decide, instead of silently inheriting it.
 * Flipping fuses breaks the ad-hoc signature Apple silicon requires, so arm64 and universal
 * macOS builds are re-signed ad hoc (a real signature, when configured, comes after afterPack).
 */
export function fuseConfig(platform: ElectronPlatform, arch: string): FuseV1Config {
  const mac = platform === 'darwin' || platform === 'mas'
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: mac && (arch === 'arm64' || arch === 'universal'),
    ...FUSES,
  }
}

/** Where electron-builder leaves the Electron executable it renamed (the `.app` on macOS). */
export function packagedBinaryPath(
  platform: ElectronPlatform,
  appOutDir: string,
  names: { productFilename: string; linuxExecutableName: string },
): string {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${names.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${names.productFilename}.exe`)
    case 'linux':
      return join(appOutDir, names.linuxExecutableName)
  }
}

/** Fuses whose state in the binary differs from FUSES, as readable lines (empty when all match). */
export async function fuseMismatches(binaryPath: string): Promise<string[]> {
  const wire = (await getCurrentFuseWire(binaryPath)) as Record<string, unknown>
  const problems: string[] = []
  for (const [index, wanted] of Object.entries(FUSES)) {
    const state = wire[index]
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE
    if (state !== expected) {
      const name = FuseV1Options[Number(index)]
      const found = state === undefined ? 'absent from the wire' : describeState(state)
      problems.push(`${name}: wanted ${wanted ? 'on' : 'off'}, found ${found}`)
    }
  }
  return problems
}

function describeState(state: unknown): string {
  if (state === FuseState.ENABLE) return 'on'
  if (state === FuseState.DISABLE) return 'off'
  if (state === FuseState.REMOVED) return 'removed'
  return `byte ${String(state)}`
}

/** Flips the fuses, then reads them back: a build whose binary disagrees is not shipped. */
export async function flipAndVerifyFuses(
  binaryPath: string,
  platform: ElectronPlatform,
  arch: string,
): Promise<void> {
  await flipFuses(binaryPath, fuseConfig(platform, arch))
  const problems = await fuseMismatches(binaryPath)
  if (problems.length > 0) {
    throw new Error(
      `The Electron fuses in ${binaryPath} are not as packaging/fuses.ts sets them:\n  ${problems.join('\n  ')}\n` +
        'Check that @electron/fuses supports this Electron version, then build again.',
    )
  }
}
