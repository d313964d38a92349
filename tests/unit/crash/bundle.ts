import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'vite'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url))

/** How to start a crash writer: `node --snapshot-blob <blob>` with this environment. */
export interface WriterProgram {
  blob: string
  env: Record<string, string>
}

/**
 * Builds the crash writer once per test run, so that each of the hundreds of children starts in
 * a fraction of the time the core's code takes to load and initialise (which would otherwise be
 * most of the test's time):
 * 1. Vite bundles writer.ts with the core it uses into one CommonJS file (Vite, not tsx or
 *    esbuild alone: the core bundles its migrations with import.meta.glob). better-sqlite3 is
 *    replaced by lazySqlite.ts, which loads the native binding only when a database is opened.
 * 2. Node runs that file once and saves the initialised heap as a startup snapshot; a child
 *    starts from the snapshot and goes straight to writer.ts's main.
 */
export async function buildWriter(outDir: string): Promise<WriterProgram> {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    resolve: { alias: { '@shared': join(root, 'src/shared'), 'better-sqlite3': here('./lazySqlite.ts') } },
    ssr: { noExternal: true },
    build: {
      ssr: here('./writer.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'writer.cjs' } }
    }
  })
  const blob = join(outDir, 'writer.blob')
  await promisify(execFile)(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', join(outDir, 'writer.cjs')], { cwd: outDir })
  return { blob, env: { XINAN_SQLITE: createRequire(import.meta.url).resolve('better-sqlite3') } }
}
