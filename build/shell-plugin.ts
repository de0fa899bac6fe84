import { isAbsolute, relative } from 'node:path'
import { createServer, type AliasOptions, type Plugin } from 'vite'
import type { OutputBundle, OutputChunk } from 'rolldown'
import vue from '@vitejs/plugin-vue'
import type { Catalogue } from '../src/shared/content/catalogue'
import type { ContentPluginApi } from './content-plugin'

/** The module that renders the library with the app's components (run in Node, at build time). */
const SHELL_ENTRY = '/src/shell/render-shell.ts'
/** The module boot.ts imports after the first frame: the app itself. */
const APP_MODULE = /[\\/]src[\\/]main\.ts$/
const MOUNT = '<div id="app"></div>'

/**
 * Prerenders the library into index.html, so a window opening on it paints the library from the
 * HTML and style sheets alone, before the app's code has been evaluated (which, on a slow
 * laptop, is most of a start-up). The page is the app's own, rendered by Vue's server renderer
 * from the same components, catalogue and default settings. It is `inert` until the app mounts
 * over it (main.ts): nothing on it half-works (a click before then does nothing, as on a blank
 * window, and no text typed into it is dropped by the mount). public/shell-route.js hides it
 * when the window opens on another page. The app's style sheets are linked from the head, so the page
 * is styled at its first paint.
 */
export function shellPlugin(options: { alias: AliasOptions }): Plugin {
  let root = ''
  let catalogue: (() => Catalogue | undefined) | undefined
  return {
    name: 'atlas-library-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root
      const content = config.plugins.find((plugin) => plugin.name === 'atlas-content')
      catalogue = (content?.api as ContentPluginApi | undefined)?.catalogue
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.bundle) return html
        const built = catalogue?.()
        if (!built) throw new Error('shell: the content plugin has not built a catalogue')
        if (!html.includes(MOUNT)) throw new Error(`shell: index.html has no ${MOUNT}`)
        const rendered = await renderShell(root, options.alias, built)
        const page = withoutStyleAttributes(withBuiltAssets(rendered, context.bundle, root))
        const head = appStyles(context.bundle)
        // Replacer functions: the page's text is inserted as it is, '$' patterns included.
        return html
          .replace('</head>', () => `${head}\n  </head>`)
          .replace(MOUNT, () => `<div id="app"><div class="app-shell" inert>${page}</div></div>`)
      },
    },
  }
}

/** The library rendered by the app's own components, in a short-lived server-side renderer. */
async function renderShell(root: string, alias: AliasOptions, catalogue: Catalogue) {
  const server = await createServer({
    configFile: false,
    root,
    // Production, so scoped-style attributes are the ones in the built style sheets.
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    resolve: { alias },
    plugins: [vue()],
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  })
  try {
    const shell = (await server.ssrLoadModule(SHELL_ENTRY)) as {
      renderLibraryShell: (catalogue: Catalogue) => Promise<string>
    }
    return await shell.renderLibraryShell(catalogue)
  } finally {
    await server.close()
  }
}

/**
 * Source asset URLs (the icon in the header) as the build emitted them. A URL the build did not
 * emit fails the build rather than shipping a broken image.
 */
export function withBuiltAssets(page: string, bundle: OutputBundle, root: string): string {
  const emitted = new Map<string, string>()
  for (const output of Object.values(bundle))
    if (output.type === 'asset')
      for (const name of output.originalFileNames)
        // Relative to the renderer's root, as the dev server's URLs are (absolute for some).
        emitted.set(
          `/${(isAbsolute(name) ? relative(root, name) : name).replaceAll('\\', '/')}`,
          `./${output.fileName}`,
        )
  return page.replace(/ (src|href)="(\/[^"]*)"/g, (_, attribute: string, url: string) => {
    const built = emitted.get(url)
    if (!built) throw new Error(`shell: the prerendered library uses ${url}, not in the build`)
    return ` ${attribute}="${built}"`
  })
}

/**
 * The CSP (style-src 'self') ignores style attributes, which the app sets through the CSSOM
 * instead. Vue's server renderer writes `v-show` as `style="display:none;"`: it becomes `hidden`
 * (base.css makes that win inside the shell). Any other style attribute fails the build, since
 * the page would paint differently from the app.
 */
export function withoutStyleAttributes(page: string): string {
  const hidden = page.replaceAll(' style="display:none;"', ' hidden')
  const left = / style="[^"]*"/.exec(hidden)
  if (left) throw new Error(`shell: the prerendered library has${left[0]}, which the CSP ignores`)
  return hidden
}

/**
 * Style sheet links for the app module and the chunks it imports, so the page is styled at its
 * first paint. Not module preloads: Chromium parses a preloaded module on the main thread as it
 * arrives, which held the first paint back (at 4x CPU: 1.7 s with them, 1.2 s without, same
 * run); the app's scripts are fetched when boot.ts imports the app, after that frame.
 */
function appStyles(bundle: OutputBundle): string {
  const chunks = new Map(
    Object.values(bundle)
      .filter((output): output is OutputChunk => output.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  )
  const app = [...chunks.values()].find((chunk) =>
    chunk.moduleIds.some((id) => APP_MODULE.test(id)),
  )
  if (!app) throw new Error('shell: no chunk for src/main.ts in the build')
  const visited = new Set<string>()
  const styles = new Set<string>()
  const visit = (chunk: OutputChunk) => {
    if (visited.has(chunk.fileName)) return
    visited.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css)
    for (const name of chunk.imports) visit(chunks.get(name)!)
  }
  visit(app)
  return [...styles]
    .map((file) => `    <link rel="stylesheet" crossorigin href="./${file}">`)
    .join('\n')
}
