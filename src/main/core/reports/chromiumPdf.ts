import { chromium, type Browser, type Page, type Route } from 'playwright-core'
import { ReportAssets } from './assets'
import { LOAD_FONTS_SCRIPT, REPORT_ORIGIN, REPORT_URL, type PdfEngine } from './pdf'

export interface ChromiumPdfOptions {
  /** The fonts folder (see `bundledFontsDir`). */
  fontsDir: string
  executablePath?: string
  /** Every request the page makes, allowed or refused (for tests that prove nothing leaves). */
  onRequest?: (url: string, allowed: boolean) => void
}

// A quiet browser: no updater, sync, field trials or QUIC probes talking to the network.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * Headless Chromium through playwright-core, for browser mode, the CLI and tests. The browser
 * starts at the first render and is reused, with one in-memory context and page. The HTML
 * never touches the disk: the page is served from memory on a made-up origin and every other
 * request is refused.
 */
export class ChromiumPdfEngine implements PdfEngine {
  private readonly assets: ReportAssets
  private browser: Promise<Browser> | null = null

  constructor(private readonly options: ChromiumPdfOptions) {
    this.assets = new ReportAssets(options.fontsDir)
  }

  /** The one page reports are printed in; it shows nothing between reports (about:blank). */
  private page: Promise<Page> | null = null
  /** The report being printed: the only page the route serves. */
  private html = ''
  private queue: Promise<unknown> = Promise.resolve()

  render(html: string): Promise<Buffer> {
    // One report at a time: the page and its route belong to the report being printed.
    const job = this.queue.then(() => this.print(html))
    this.queue = job.catch(() => undefined)
    return job
  }

  private async print(html: string): Promise<Buffer> {
    const page = await this.openPage()
    this.html = html
    try {
      await page.goto(REPORT_URL, { waitUntil: 'load' })
      await page.evaluate(LOAD_FONTS_SCRIPT)
      // The page's own @page rule sets the size, margins, running header and page numbers.
      // Tagged: a screen reader reads the tables as tables.
      return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, tagged: true, outline: true })
    } catch (error) {
      // A page that failed once is not trusted again: the next report gets a new context.
      await this.dropPage()
      throw error
    } finally {
      this.html = ''
      await page.goto('about:blank').catch(() => undefined)
    }
  }

  /**
   * The context and page are made once and reused: a new context per report cost ~300 ms and
   * re-fetched and re-decoded every font. Nothing is stored between reports (no JavaScript,
   * no service workers, no HTTP cache while routing), and the page is blanked after each.
   */
  private openPage(): Promise<Page> {
    this.page ??= (async () => {
      const browser = await this.launch()
      const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false, locale: 'zh-CN' })
      await context.route('**/*', (route) => this.serve(route, this.html))
      return context.newPage()
    })().catch((error: unknown) => {
      this.page = null
      throw error
    })
    return this.page
  }

  private async dropPage(): Promise<void> {
    const page = this.page
    this.page = null
    if (page) await (await page.catch(() => null))?.context().close().catch(() => undefined)
  }

  async close(): Promise<void> {
    await this.dropPage()
    const browser = this.browser
    this.browser = null
    if (browser) await (await browser.catch(() => null))?.close()
  }

  private launch(): Promise<Browser> {
    this.browser ??= chromium
      .launch({ executablePath: this.options.executablePath ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: FLAGS, headless: true })
      .catch((error: unknown) => {
        this.browser = null
        throw error
      })
    return this.browser
  }

  private async serve(route: Route, html: string): Promise<void> {
    const url = new URL(route.request().url())
    const response = url.origin === REPORT_ORIGIN && url.search === '' ? this.assets.respond(url.pathname, html) : null
    this.options.onRequest?.(url.href, response !== null)
    if (!response) return route.abort('blockedbyclient')
    return route.fulfill({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers })
  }
}
