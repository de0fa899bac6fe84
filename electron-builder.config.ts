import type { Configuration } from 'electron-builder'
import afterPack from './packaging/after-pack'

/**
 * Installers for clinic and teaching machines: AppImage and deb (Linux), NSIS (Windows), DMG
 * (macOS). `npm run dist` builds the current platform's; see "Building installers" in the README.
 * Checked in `npm test` against electron-builder's own schema (tests/packaging).
 */
const config: Configuration = {
  appId: 'org.postcoitalatlas.desktop',
  productName: 'Postcoital Atlas',
  copyright: 'Copyright © 2026 Postcoital Atlas contributors',
  // deb needs a maintainer and a homepage. An organisation that distributes its own build puts
  // its contact here (example.org is reserved for examples and never resolves to anyone).
  extraMetadata: { homepage: 'https://example.org/postcoital-atlas' },

  directories: { output: 'dist', buildResources: 'packaging' },
  // Only what runs: the bundled app and the content and fonts main reads. Sources, tests, maps
  // and scripts stay out; afterPack re-checks the archive and refuses anything else.
  files: [
    'package.json',
    'out/**/*',
    '!out/**/*.map',
    'resources/**/*',
    // The content authors' guide, not content.
    '!resources/content/README.md',
    // package.json's dependencies are bundled into out/main (electron.vite.config.ts), so their
    // node_modules folders would only be dead weight. They stay listed as dependencies: that
    // is how About finds which libraries main ships (build/licences-plugin.ts).
    '!node_modules{,/**/*}',
  ],
  asar: true,
  // Nothing native to rebuild, and nothing to fetch for it.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // The app is English; Chromium's other UI translations only make the installers larger.
  electronLanguages: ['en-US', 'en-GB'],
  // No file types or URL schemes are claimed: the app opens nothing but itself.
  afterPack,
  publish: null,

  linux: {
    target: ['AppImage', 'deb'],
    icon: 'packaging/icons/png',
    category: 'Education',
    executableName: 'postcoital-atlas',
    synopsis: 'Offline teaching atlas for clinicians on pain, cramps and twitching after sex',
    maintainer: 'Postcoital Atlas contributors <atlas@example.org>',
  },
  deb: { packageCategory: 'education' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'packaging/icons/icon.ico',
  },
  nsis: {
    // Per user by default; IT departments install for all users silently with `/S /allusers`.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Postcoital Atlas',
    // Settings and clinic details survive an uninstall and reinstall.
    deleteAppDataOnUninstall: false,
    artifactName: '${productName} Setup ${version}.${ext}',
  },

  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'packaging/icons/icon.icns',
    category: 'public.app-category.education',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
}

export default config
