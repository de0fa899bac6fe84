import { join } from 'node:path'
import { Arch, type AfterPackContext } from 'electron-builder'
import { auditArchive } from './audit-archive'
import { flipAndVerifyFuses, packagedBinaryPath, type ElectronPlatform } from './fuses'

/**
 * electron-builder's afterPack step, run once per platform and architecture after the app is
 * packed and before it is signed and put into an installer: refuse an archive that holds more
 * (or less) than the runtime, then flip the Electron fuses and read them back.
 */
export default async function afterPack(context: AfterPackContext): Promise<void> {
  const { packager, appOutDir } = context
  const platform = context.electronPlatformName as ElectronPlatform
  const asar = join(packager.getResourcesDir(appOutDir), 'app.asar')
  const problems = auditArchive(asar)
  if (problems.length > 0) {
    throw new Error(
      `The packed app is not what should ship (${asar}):\n  ${problems.join('\n  ')}\n` +
        'Fix `files` in electron-builder.config.ts or the build that produced out/, then run `npm run dist` again.',
    )
  }
  const binary = packagedBinaryPath(platform, appOutDir, {
    productFilename: packager.appInfo.productFilename,
    linuxExecutableName: (packager as unknown as { executableName?: string }).executableName ?? '',
  })
  await flipAndVerifyFuses(binary, platform, Arch[context.arch])
}
