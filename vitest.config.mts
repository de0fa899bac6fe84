import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
  // Tests never load the real electron package (it would try to download its binary).
  electron: resolve(import.meta.dirname, 'tests/mocks/electron.ts'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Two cores on CI machines: more workers only add contention.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts'],
          // Compiling all the real content takes a few seconds, far more on a busy machine.
          testTimeout: 30_000,
          // Pure functions over fixtures: sharing loaded modules between files saves seconds.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'main',
          environment: 'node',
          // PDF suites make their handouts once in beforeAll; on a loaded 2-core machine that
          // can take several times longer than on a quiet one. Limits catch hangs, not speed.
          hookTimeout: 120_000,
          testTimeout: 60_000,
          // Main-process tests import main against the electron stand-in: one module graph each.
          include: ['tests/main/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'packaging',
          environment: 'node',
          // electron-builder packs a miniature app twice (about 3 s each on a quiet machine).
          hookTimeout: 120_000,
          testTimeout: 120_000,
          include: ['tests/packaging/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        // Components get content by injection, so tests compile fixture or real content
        // themselves instead of loading the build-time virtual module.
        plugins: [vue()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // Each test mounts its own app, Pinia and router; sharing modules between files halves the time.
          isolate: false,
          include: ['tests/renderer/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
