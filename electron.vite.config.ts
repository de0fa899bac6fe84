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
    },
  },
})
