import { defineConfig } from 'vitest/config'

/** Browser tests: the built renderer served on 127.0.0.1, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A page on a busy two-core machine can take seconds to settle: a poll is a wait for a
    // state, not a speed check (the benchmark measures speed), so give it room.
    expect: { poll: { timeout: 10_000 } },
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
})
