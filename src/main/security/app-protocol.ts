import { readFile, realpath } from 'node:fs/promises'
import { extname, isAbsolute, normalize, relative, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './app-origin'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
}

/**
 * Maps an `app://atlas/...` URL to a file inside `rootDir`, or `null` when it is not an app
 * URL or would escape the folder (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL).
 */
export function resolveAppPath(requestUrl: string, rootDir: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password)
    return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname === '' || pathname === '/') pathname = '/index.html'
  const root = resolve(rootDir)
  const target = resolve(root, `.${sep}${normalize(pathname)}`)
  return isInside(root, target) ? target : null
}

function isInside(root: string, target: string): boolean {
  const inside = relative(root, target)
  return Boolean(inside) && !inside.startsWith('..') && !isAbsolute(inside)
}

/**
 * The file's real path (symbolic links followed) when it still lies inside the real root, or
 * `null`: a link planted inside the folder must not serve a file from outside it.
 */
async function realPathInside(rootDir: string, path: string): Promise<string | null> {
  try {
    const [root, target] = await Promise.all([realpath(rootDir), realpath(path)])
    return isInside(root, target) ? target : null
  } catch {
    return null
  }
}

/**
 * Serves the built renderer over app://, with the CSP as a response header too. A path is
 * checked twice: as written (no way out of the folder) and as it really is on disk.
 */
export function createAppProtocolHandler(
  rootDir: string,
  read: (path: string) => Promise<Buffer> = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const lexical = resolveAppPath(request.url, rootDir)
    const path = lexical && (await realPathInside(rootDir, lexical))
    if (!path) return new Response('Not found', { status: 404 })
    try {
      const body = await read(path)
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}
