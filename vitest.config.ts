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
    // Two cores: the key derivation dominates, and it parallelises across processes.
    maxWorkers: 2,
    // Every unlock runs the real KDF (scrypt, N=2^17): no weakened keys in tests either.
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
})
