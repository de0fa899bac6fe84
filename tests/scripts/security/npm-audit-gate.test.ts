import { execFile } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readAudit } from '../../../scripts/security/audit-report'

const run = promisify(execFile)
const GATE = resolve('scripts/security/npm-audit-gate.ts')
const TSX = import.meta.resolve('tsx')

type Advisory = { severity: string; title: string }
/**
 * A stand-in for the registry's advisory service: real npm asks it about the project's own lock
 * file, and it answers, like the real one, only for packages npm asked about.
 */
let answer: { status: number; advisories: Record<string, Advisory> } = {
  status: 200,
  advisories: {},
}
let asked: string[] = []
let server: Server
let advisoryId = 0
/** npm's cache for these runs, so the stand-in's advisories never reach the user's cache. */
let cache: string
let registry: string

beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'atlas-npm-cache-'))
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/advisories/bulk')) {
        response.statusCode = 404
        return response.end('{}')
      }
      // npm sends the package list gzipped.
      const raw = Buffer.concat(chunks)
      const body = request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw
      asked = Object.keys(JSON.parse(body.toString('utf8')) as object)
      response.statusCode = answer.status
      if (answer.status !== 200) return response.end()
      const found = Object.entries(answer.advisories)
        .filter(([name]) => asked.includes(name))
        .map(([name, a]) => [
          name,
          [
            {
              // npm caches what it works out per advisory id: a new id for every answer.
              id: ++advisoryId,
              url: `https://example.invalid/${a.title.replace(/\W/g, '-').toLowerCase()}`,
              ...a,
              vulnerable_versions: '<1000.0.0',
              cwe: [],
              cvss: { score: 0 },
            },
          ],
        ])
      response.setHeader('content-type', 'application/json')
      response.end(JSON.stringify(Object.fromEntries(found)))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterAll(async () => {
  server.closeAllConnections()
  server.close()
  await rm(cache, { recursive: true, force: true })
})

async function gate(env: Record<string, string> = {}, reg = registry) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', TSX, GATE], {
      env: {
        ...process.env,
        npm_config_registry: reg,
        npm_config_cache: cache,
        npm_config_fetch_retries: '0',
        ...env,
      },
      timeout: 170_000,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

// Each case runs real npm over the project's lock file: seconds each on a busy machine.
describe(
  'the npm audit gate (npm run security:audit), against a stand-in advisory service',
  { timeout: 180_000 },
  () => {
    it('fails on high and critical advisories in runtime dependencies, naming package, advisory and next step', async () => {
      answer = {
        status: 200,
        advisories: {
          zod: { severity: 'high', title: 'Planted flaw' },
          yaml: { severity: 'critical', title: 'Worse flaw' },
        },
      }
      const result = await gate()
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(
        /HIGH zod: Planted flaw \(https:\/\/example\.invalid\/planted-flaw\)/,
      )
      expect(result.stderr).toMatch(/CRITICAL yaml: Worse flaw/)
      expect(result.stderr).toMatch(/no fix yet: replace or remove the package/)
      expect(result.stderr).toMatch(
        /npm audit failed: 2 runtime package\(s\) with high or critical/,
      )
    })

    it('asks only about runtime packages, and passes moderate ones with a count', async () => {
      answer = {
        status: 200,
        advisories: {
          zod: { severity: 'moderate', title: 'Minor' },
          vitest: { severity: 'critical', title: 'Dev only' },
        },
      }
      const result = await gate()
      expect(asked).toContain('zod')
      expect(asked).not.toContain('vitest')
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/npm audit: \d+ runtime packages; 1 moderate\./)
    })

    it('says in one line that nothing was checked when the service refuses (405), and passes', async () => {
      answer = { status: 405, advisories: {} }
      const result = await gate()
      expect(result.code).toBe(0)
      expect(result.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^::warning title=npm audit did not run::Runtime dependencies were NOT checked .*405 Method Not Allowed/,
        ),
      ])
    })

    it('fails instead when ATLAS_AUDIT_REQUIRED=1 (where the service is known to be reachable)', async () => {
      answer = { status: 405, advisories: {} }
      const required = await gate({ ATLAS_AUDIT_REQUIRED: '1' })
      expect(required.code).toBe(1)
      expect(required.stdout).toMatch(/^::error title=npm audit did not run::/)
    })

    it('warns in one line, and passes, when the registry cannot be reached at all', async () => {
      const refused = await gate({}, 'http://127.0.0.1:9/')
      expect(refused.code).toBe(0)
      expect(refused.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/^::warning .*could not be reached \(connect ECONNREFUSED/),
      ])
    })
  },
)

describe('reading npm audit output', () => {
  it('treats output it cannot read as unknown, never as a pass', () => {
    expect(readAudit('npm ERR! something else').kind).toBe('unreadable')
    expect(readAudit('{"message":"ENOSPC: no space left"}').kind).toBe('unreadable')
  })
})
