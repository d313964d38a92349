import { defineConfig } from 'vitest/config'

/** The real Electron app, where an Electron binary exists (tests/electron). */
export default defineConfig({
  test: { include: ['tests/electron/**/*.test.ts'], environment: 'node', testTimeout: 120_000 }
})
