/** Before `npm start`: make sure the Electron binary is there, fetching it once if not. */
import { electronBinaryPresent, fetchElectron } from './electron-binary.mjs'

if (!electronBinaryPresent()) {
  console.log('[postcoital-atlas] Fetching the Electron binary (needed once, about 100 MB)…')
  const { ok, reason } = await fetchElectron()
  if (!ok || !electronBinaryPresent()) {
    console.error(
      `\n[postcoital-atlas] The desktop app cannot start: the Electron binary is missing and could not be\n` +
        `downloaded (${reason}). Connect to the internet and run \`npm run electron:install\`, then \`npm start\`.\n` +
        'Without it you can still browse the built app in a browser: `npm run build`, then serve out/renderer.\n',
    )
    process.exit(1)
  }
}
