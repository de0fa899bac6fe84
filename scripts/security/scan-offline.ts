/**
 * Runs @doyensec/electronegativity in this process with the network switched off.
 *
 * Offline its command line is unreliable: at start it fetches translations with `got`, and the
 * retry of that failed request later throws an uncaught error that kills the process, sometimes
 * before the report is written. Its English messages ship in the package, so `got` is replaced
 * by a stand-in that fails at once, before the scanner loads; no request is ever made. The one
 * check that needs the internet (which Electron releases carry security fixes) is left out: the
 * Electron version policy in the README covers it.
 */
import { readFile, rm } from 'node:fs/promises'
import { createRequire, Module } from 'node:module'
import { setTimeout as sleep } from 'node:timers/promises'

/** Checks left out, each with the reason printed in the gate's output. */
export const EXCLUDED_CHECKS = {
  availablesecurityfixesglobalcheck:
    'needs the internet (it looks up Electron releases); the README sets the Electron update policy',
} as const

export interface ScanOptions {
  /** Folder to scan (the built out/). */
  input: string
  /** Where the SARIF report goes. */
  sarif: string
  /** The Electron version the app ships, for version-dependent checks. */
  electronVersion: string
}

export interface ScanSummary {
  checks: number
  /** Files the scanner could not read: unscanned code, so the gate fails on them. */
  unreadable: { file: string; message: string }[]
}

interface RunResult {
  globalChecks: number
  atomicChecks: number
  errors: { file: string; message: string; tolerable: boolean }[]
}

const require = createRequire(import.meta.url)

function switchOffNetwork(): void {
  const scanner = require.resolve('@doyensec/electronegativity')
  const got = createRequire(scanner).resolve('got')
  const stand = new Module(got)
  stand.exports = () => Promise.reject(new Error('network switched off for the security gate'))
  stand.loaded = true
  require.cache[got] = stand
}

/**
 * The scanner starts writing its report without waiting for it (fs.writeFile with a callback),
 * so wait until the file holds complete JSON.
 */
async function waitForReport(path: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const text = await readFile(path, 'utf8').catch(() => '')
    try {
      JSON.parse(text)
      return
    } catch {
      if (Date.now() > deadline) throw new Error(`the scanner wrote no complete report to ${path}`)
      await sleep(50)
    }
  }
}

export async function scanOffline(options: ScanOptions): Promise<ScanSummary> {
  switchOffNetwork()
  // An old report must not pass for this run's.
  await rm(options.sarif, { force: true })
  const run = require('@doyensec/electronegativity') as (o: object) => Promise<RunResult>
  // Its translation loader says it could not fetch updates; that is expected here.
  const log = console.log
  console.log = () => {}
  try {
    const result = await run({
      input: options.input,
      output: options.sarif,
      isSarif: true,
      isRelative: true,
      severitySet: 'informational',
      confidenceSet: 'tentative',
      customScan: [],
      excludeFromScan: Object.keys(EXCLUDED_CHECKS),
      electronVersionOverride: options.electronVersion,
    })
    await waitForReport(options.sarif)
    return {
      checks: result.globalChecks + result.atomicChecks,
      unreadable: result.errors
        .filter((e) => !e.tolerable)
        .map(({ file, message }) => ({ file, message })),
    }
  } finally {
    console.log = log
  }
}
