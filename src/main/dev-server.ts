/**
 * Where `electron-vite dev` serves the renderer: honoured only in a development build and only
 * on this machine. `import.meta.env.DEV` is replaced at build time, so a built app contains
 * neither the environment variable's name nor any way to point its window elsewhere.
 */
export function resolveDevServerUrl(): string | undefined {
  return import.meta.env.DEV ? localServerUrl(process.env['ELECTRON_RENDERER_URL']) : undefined
}

/** `value` when it is an http://localhost or http://127.0.0.1 address, else `undefined`. */
export function localServerUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1'
    if (url.protocol === 'http:' && local && !url.username && !url.password) return url.href
  } catch {
    // Not a URL: ignored like any other foreign value.
  }
  console.warn(`[dev] ignoring the renderer URL ${JSON.stringify(value)}: not a local http address`)
  return undefined
}
