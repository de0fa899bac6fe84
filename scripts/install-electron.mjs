/**
 * postinstall: fetches the Electron binary that `npm start` needs. Offline, or where GitHub is
 * unreachable, it prints what to do and exits 0, so `npm install && npm test` (which never
 * needs the binary) still succeeds.
 */
import { electronBinaryPresent, fetchElectron } from './electron-binary.mjs'

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log(
    '[postcoital-atlas] ELECTRON_SKIP_BINARY_DOWNLOAD is set: not fetching the Electron binary.',
  )
} else if (!electronBinaryPresent()) {
  const { ok, reason } = await fetchElectron()
  if (ok && electronBinaryPresent()) {
    console.log('[postcoital-atlas] Electron binary ready: `npm start` opens the app.')
  } else {
    console.warn(
      `\n[postcoital-atlas] Could not download the Electron binary (${reason}).\n` +
        'Everything except opening the desktop window works without it: `npm test`, `npm run build`,\n' +
        '`npm run test:e2e` and `npm run handouts`. When you are online, run `npm run electron:install`.\n',
    )
  }
}
