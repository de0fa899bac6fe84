import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { contentPlugin } from './build/content-plugin'
import { cspPlugin } from './build/csp-plugin'
import { searchIndexPlugin } from './build/search-index-plugin'
import { licencesPlugin } from './build/licences-plugin'
import { shellPlugin } from './build/shell-plugin'

const root = import.meta.dirname
const shared = { '@shared': resolve(root, 'src/shared') }
const rendererAlias = { ...shared, '@renderer': resolve(root, 'src/renderer/src') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    // Main's packages are bundled in, so the installed app ships no node_modules at all and
    // loads nothing from outside its archive (security review M2, I1).
    build: { externalizeDeps: false },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload cannot require node_modules, so everything it uses is bundled in,
      // and it must be CommonJS: sandboxed preloads cannot be ES modules.
      externalizeDeps: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    resolve: { alias: rendererAlias },
    plugins: [
      vue(),
      contentPlugin(),
      searchIndexPlugin(),
      shellPlugin({ alias: rendererAlias }),
      cspPlugin(),
      licencesPlugin(),
    ],
    build: {
      // Fonts and icons stay files: the CSP allows font-src 'self', not data: fonts.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified; every byte of the first page's scripts
      // is parsed before it paints, on clinic laptops that are far slower than a dev machine.
      minify: true,
      // Vite's preload helper adds a <link rel="modulepreload"> per dependency of a lazy import
      // from script, each fetch requested on the main thread while the app starts (a 135 ms task
      // at 4× slower CPU in a trace, as the app module was imported after the first frame). The
      // files are local (app://), so the browser finding the imports itself costs less: library
      // ready and a deck opened in a fresh window were both faster without it (README, Benchmark).
      modulePreload: false,
    },
  },
})
