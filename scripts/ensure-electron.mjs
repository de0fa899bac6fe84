/**
 * Before `npm start`: make sure the Electron binary is there, fetching it once if not. When it
 * cannot be had (offline), one line says what to do, and the app is not started.
 */
import { electronBinaryPresent, fetchElectron } from './electron-binary.mjs'

if (!electronBinaryPresent()) {
  const { ok, reason } = await fetchElectron()
  if (!ok || !electronBinaryPresent()) {
    console.error(
      `[postcoital-atlas] Cannot open the app: the Electron binary is missing and could not be downloaded (${reason}). Connect to the internet, run \`npm run electron:install\`, then \`npm start\` again.`,
    )
    process.exit(1)
  }
}
