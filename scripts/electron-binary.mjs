/** Finding and fetching the Electron binary, shared by postinstall and `npm start`. */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const TIMEOUT_MS = 120_000

/** True when the electron package can name its binary (it throws when the download is missing). */
export function electronBinaryPresent() {
  try {
    return typeof require('electron') === 'string'
  } catch {
    return false
  }
}

/** Runs electron's own installer; resolves to `{ ok, reason }` and never rejects. */
export function fetchElectron() {
  let installer
  try {
    installer = require.resolve('electron/install.js')
  } catch {
    return Promise.resolve({ ok: false, reason: 'the electron package is not installed' })
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), TIMEOUT_MS)
    child.on('exit', (code) => {
      clearTimeout(timer)
      const reason = (stderr.split('\n').find((line) => line.trim()) ?? `exit code ${code}`).trim()
      resolve({ ok: code === 0, reason: reason.slice(0, 160) })
    })
  })
}
