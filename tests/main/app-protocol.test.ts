import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createAppProtocolHandler, resolveAppPath } from '../../src/main/security/app-protocol'

const root = '/srv/atlas/renderer'

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath('app://atlas/index.html', root)).toBe(`${root}/index.html`)
    expect(resolveAppPath('app://atlas/assets/app.js?v=1', root)).toBe(`${root}/assets/app.js`)
    expect(resolveAppPath('app://atlas/', root)).toBe(`${root}/index.html`)
  })

  it.each([
    'app://atlas/../../etc/passwd',
    'app://atlas/%2e%2e/%2e%2e/etc/passwd',
    'app://atlas/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://atlas/..%2F..%2Fetc/passwd',
  ])('never resolves %s outside the folder', (url) => {
    const resolved = resolveAppPath(url, root)
    // The URL parser may fold the dots away (a path inside the folder) or the check refuses it.
    if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true)
  })

  it('keeps every generated path inside the folder (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '..',
            '.',
            '%2e%2e',
            '%2E%2e',
            'a',
            'b%2f..',
            '..%2f',
            '%5c',
            '',
            'index.html',
          ),
          { maxLength: 8 },
        ),
        (segments) => {
          const resolved = resolveAppPath(`app://atlas/${segments.join('/')}`, root)
          return resolved === null || resolved.startsWith(`${root}/`)
        },
      ),
    )
  })

  it.each([
    'app://atlas/%5c..%5c..%5csecret',
    'app://atlas/%00index.html',
    'app://atlas/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://atlas/index.html',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull()
  })
})

describe('app protocol handler', () => {
  let dir: string
  const made: string[] = []
  afterAll(() => Promise.all(made.map((path) => rm(path, { recursive: true, force: true }))))
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-protocol-'))
    made.push(dir)
    await mkdir(join(dir, 'assets'))
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Atlas</title>')
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)')
    await writeFile(join(dir, '..', 'atlas-protocol-secret.txt'), 'secret').catch(() => undefined)
  })

  it('refuses a symbolic link inside the folder that leads outside it', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'atlas-outside-'))
    made.push(outside)
    await writeFile(join(outside, 'secret.txt'), 'private notes')
    await symlink(join(outside, 'secret.txt'), join(dir, 'assets', 'link.txt'))
    await symlink(outside, join(dir, 'assets', 'folder-link'))
    const handler = createAppProtocolHandler(dir)
    expect((await handler(new Request('app://atlas/assets/link.txt'))).status).toBe(404)
    expect((await handler(new Request('app://atlas/assets/folder-link/secret.txt'))).status).toBe(
      404,
    )
    // A link that stays inside the folder still works.
    await symlink(join(dir, 'assets', 'app.js'), join(dir, 'assets', 'alias.js'))
    const alias = await handler(new Request('app://atlas/assets/alias.js'))
    expect(alias.status).toBe(200)
    expect(await alias.text()).toBe('console.log(1)')
  })

  it('serves files with their type, the CSP and nosniff', async () => {
    const handler = createAppProtocolHandler(dir)
    const response = await handler(new Request('app://atlas/index.html'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Atlas</title>')
    const script = await handler(new Request('app://atlas/assets/app.js'))
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/)
  })

  it('answers 404 for missing files and for paths outside the folder', async () => {
    const handler = createAppProtocolHandler(dir)
    expect((await handler(new Request('app://atlas/missing.js'))).status).toBe(404)
    expect(
      (await handler(new Request('app://atlas/%2e%2e/atlas-protocol-secret.txt'))).status,
    ).toBe(404)
  })
})

/*
 * Property: any request path to the app:// handler resolves inside the renderer folder or is
 * refused. Paths are built from the pieces traversal attacks use (dots, encoded dots and
 * slashes, backslashes, NUL, overlong UTF-8, doubled encodings) mixed with real names and
 * arbitrary text; the handler runs over a real folder holding a link that leads outside.
 */
const SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2e',
  '.%2e',
  '%252e%252e',
  '%c0%ae%c0%ae',
  '..%2f',
  '..%5c',
  '%5c',
  '\\',
  '%00',
  '%2f',
  '',
  'index.html',
  'assets',
  'app.js',
  'link.txt',
  'folder-link',
  'secret.txt',
  'assets/link.txt',
  'folder-link/secret.txt',
  'atlas-protocol-secret.txt',
  '..;',
  '%E2%80%A8',
]
const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'grapheme' }) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 4, unit: 'binary-ascii' }).map(encodeURIComponent),
  },
)
const requestPath = fc
  .tuple(
    fc.array(segment, { maxLength: 8 }),
    fc.constantFrom('/', '\\', '//', '/./'),
    fc.constantFrom('', '?v=1', '#x', '?../../x'),
  )
  .map(([parts, separator, tail]) => `${parts.join(separator)}${tail}`)

describe('app:// requests (property)', () => {
  it('resolve to a path inside the folder, or to nothing', () => {
    fc.assert(
      fc.property(requestPath, (path) => {
        const resolved = resolveAppPath(`app://atlas/${path}`, root)
        if (resolved === null) return
        const inside = relative(root, resolved)
        expect(inside).not.toMatch(/^\.\.(\/|$)/)
        expect(isAbsolute(inside)).toBe(false)
        expect(resolved.startsWith(`${root}/`)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('are answered with a file from inside the folder, or 404, over a real folder', async () => {
    const base = await mkdtemp(join(tmpdir(), 'atlas-protocol-prop-'))
    try {
      const folder = join(base, 'renderer')
      const outside = join(base, 'outside')
      await mkdir(join(folder, 'assets'), { recursive: true })
      await mkdir(outside)
      const inside = new Set(['inside: index', 'inside: app'])
      await writeFile(join(folder, 'index.html'), 'inside: index')
      await writeFile(join(folder, 'assets', 'app.js'), 'inside: app')
      await writeFile(join(outside, 'secret.txt'), 'SECRET')
      await writeFile(join(base, 'atlas-protocol-secret.txt'), 'SECRET')
      await symlink(join(outside, 'secret.txt'), join(folder, 'assets', 'link.txt'))
      await symlink(join(outside, 'secret.txt'), join(folder, 'link.txt'))
      await symlink(outside, join(folder, 'folder-link'))
      const handler = createAppProtocolHandler(folder)
      let served = 0
      await fc.assert(
        fc.asyncProperty(requestPath, async (path) => {
          let request: Request
          try {
            request = new Request(`app://atlas/${path}`)
          } catch {
            return // Not a URL a renderer could ask for.
          }
          const response = await handler(request)
          if (response.status === 404) return
          expect(response.status).toBe(200)
          expect(inside).toContain(await response.text())
          served++
        }),
        { numRuns: 200 },
      )
      // The generator does reach real files, so the property is not only about refusals.
      expect(served).toBeGreaterThan(0)
    } finally {
      await rm(base, { recursive: true, force: true })
    }
  })
})
