import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)),
      '@renderer': fileURLToPath(new URL('./src/renderer/src', import.meta.url))
    }
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Native SQLite in worker threads is fragile; separate processes are not.
    pool: 'forks',
    // A worker imports the core once for all its files instead of once per file; tests share no
    // state but what they make (each makes its own vault), and setup.ts closes it after each file.
    isolate: false,
    setupFiles: ['tests/unit/setup.ts'],
    // Two cores: the key derivation dominates, and it parallelises across processes.
    maxWorkers: 2,
    // Every unlock runs the real KDF (scrypt, N=2^17): no weakened keys in tests either.
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
})
