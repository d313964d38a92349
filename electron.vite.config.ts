import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const __dirname = fileURLToPath(new URL('.', import.meta.url))
const shared = { '@shared': resolve(__dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/main',
      // playwright-core (the PDF engine of browser mode, CLI and tests) reads its own package
      // files at run time and cannot be bundled; the Electron app prints with printToPDF instead.
      externalizeDeps: { include: ['playwright-core'] },
      rollupOptions: {
        // One bundle per program: the Electron entry and the plain-Node programs
        // (browser mode, seed, bench, CLI) share the same core.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web/cli.ts'),
          seed: resolve(__dirname, 'src/main/tools/seed.ts'),
          bench: resolve(__dirname, 'bench/bench.ts'),
          cli: resolve(__dirname, 'src/main/tools/cli.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file: an ESM preload turns the sandbox off.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { ...shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
