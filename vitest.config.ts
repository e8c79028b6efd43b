import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // end-to-end tests spawn the bundled CLI; two cores, so keep the pool small
    maxWorkers: 2,
    testTimeout: 20_000
  }
})
