import { bundledFontsDir } from './assets'
import type { PdfEngine } from './pdf'

/**
 * The engine a core uses when its shell gave none (tests, tools): headless Chromium with the
 * fonts from node_modules, loaded on the first render only, so that a core that never prints
 * never imports playwright-core or starts a browser.
 */
export function lazyChromiumEngine(): PdfEngine {
  let engine: Promise<PdfEngine> | null = null
  return {
    async render(html) {
      engine ??= import('./chromiumPdf').then(({ ChromiumPdfEngine }) => new ChromiumPdfEngine({ fontsDir: bundledFontsDir() }))
      return (await engine).render(html)
    },
    async close() {
      const started = engine
      engine = null
      if (started) await (await started).close()
    }
  }
}
