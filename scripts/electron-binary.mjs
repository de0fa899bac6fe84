/** Finding and fetching the Electron binary, shared by postinstall and `npm start`. */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const TIMEOUT_MS = 120_000

/** The installed electron package's folder, or `null`. */
function electronPackage() {
  try {
    return dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
}

/**
 * Whether the Electron binary is there, read from what electron's installer leaves behind:
 * `path.txt` names the executable under `dist/`, and `dist/version` says which release it is.
 * Never `require('electron')`: when the binary is missing, that starts a second download of its
 * own, with no time limit, printing "Downloading Electron binary...".
 * Resolves to `{ ok: true, path }` or `{ ok: false, reason }`.
 */
export function electronBinary() {
  const dir = electronPackage()
  if (!dir) return { ok: false, reason: 'the electron package is not installed' }
  const read = (file) => {
    try {
      return readFileSync(join(dir, file), 'utf8').trim()
    } catch {
      return ''
    }
  }
  const executable = read('path.txt')
  const path = executable && join(dir, 'dist', executable)
  if (!path || !existsSync(path)) return { ok: false, reason: 'it has not been downloaded yet' }
  const wanted = JSON.parse(read('package.json') || '{}').version
  if (read('dist/version').replace(/^v/, '') !== wanted)
    return { ok: false, reason: `the downloaded binary is not Electron ${wanted}` }
  return { ok: true, path }
}

export function electronBinaryPresent() {
  return electronBinary().ok
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
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      const reason = signal
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : (stderr.split('\n').find((line) => line.trim()) ?? `exit code ${code}`).trim()
      resolve({ ok: code === 0, reason: reason.slice(0, 160) })
    })
  })
}
