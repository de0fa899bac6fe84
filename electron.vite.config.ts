import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { contentPlugin } from './build/content-plugin'
import { cspPlugin } from './build/csp-plugin'

const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
  },
  preload: {
    resolve: { alias: shared },
    // A sandboxed preload cannot require node_modules, so everything it uses is bundled in.
    build: { externalizeDeps: false },
  },
  renderer: {
    resolve: {
      alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') },
    },
    plugins: [vue(), contentPlugin(), cspPlugin()],
    build: {
      // Fonts and icons stay files: the CSP allows font-src 'self', not data: fonts.
      assetsInlineLimit: 0,
    },
  },
})
