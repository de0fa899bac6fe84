import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/** The real-Electron smoke test; run it with `npm run test:electron`, which checks the binary first. */
export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, 'src/shared'),
      '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
    },
  },
  test: {
    name: 'electron',
    environment: 'node',
    include: ['tests/electron/**/*.electron.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One app at a time: the machines have two cores, and the app allows one instance.
    fileParallelism: false,
  },
})
