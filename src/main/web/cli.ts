import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore } from '../core/core'
import { bundledFontsDir } from '../core/reports/assets'
import { ChromiumPdfEngine } from '../core/reports/chromiumPdf'
import { startWebServer } from './server'

/** `npm run web -- --data-dir DIR --port N`: the same core and renderer, in a browser, on 127.0.0.1. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string', default: '5180' } },
    allowPositionals: false
  })
  const dataDir = resolve(values['data-dir'] ?? process.env['XINAN_DATA_DIR'] ?? join(homedir(), '.xinan', 'browser-mode'))
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got ${values.port}`)
  // Reports print in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium); the core closes it.
  const core = createCore({ dataDir, pdf: new ChromiumPdfEngine({ fontsDir: bundledFontsDir() }) })
  const server = await startWebServer({ core, rendererDir: join(import.meta.dirname, '../renderer'), port })
  console.log(`XinAn browser mode / 心安浏览器模式\n  data dir: ${dataDir}\n  open: ${server.url}`)
  const stop = (): void => {
    void core
      .close()
      .then(() => server.close())
      .finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
