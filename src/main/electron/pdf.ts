import { randomUUID } from 'node:crypto'
import { BrowserWindow, session, type Session } from 'electron'
import { ReportAssets } from '../core/reports/assets'
import { LOAD_FONTS_SCRIPT, REPORT_ORIGIN, REPORT_URL, type PdfEngine } from '../core/reports/pdf'

/** In memory (no `persist:` prefix): no cache, cookie or storage of a report reaches the disk. */
const PARTITION = 'xinan-report'

/**
 * The app's PDF engine: Electron's own Chromium prints the report in a hidden, sandboxed window
 * that has no preload and cannot navigate. The page is served from memory on the same made-up
 * origin as in headless Chromium (REPORT_ORIGIN), by a handler on a session of its own;
 * every other request of that session is refused. The HTML never touches the disk.
 */
export class ElectronPdfEngine implements PdfEngine {
  private readonly assets: ReportAssets
  /** Pages being printed, by the id in their URL (renders may overlap). */
  private readonly pages = new Map<string, string>()
  private readonly windows = new Set<BrowserWindow>()
  private reportSession: Session | null = null

  constructor(fontsDir: string) {
    this.assets = new ReportAssets(fontsDir)
  }

  async render(html: string): Promise<Buffer> {
    const id = randomUUID()
    this.pages.set(id, html)
    const window = new BrowserWindow({
      show: false,
      skipTaskbar: true,
      width: 1123,
      height: 794,
      webPreferences: {
        session: this.session(),
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        // Only for awaiting the fonts from here; the page's CSP lets no script of its own run.
        javascript: true,
        spellcheck: false,
        backgroundThrottling: false
      }
    })
    this.windows.add(window)
    const contents = window.webContents
    contents.on('will-navigate', (event) => event.preventDefault())
    contents.on('will-redirect', (event) => event.preventDefault())
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    try {
      await window.loadURL(`${REPORT_URL}?page=${id}`)
      await contents.executeJavaScript(LOAD_FONTS_SCRIPT)
      // The page's own @page rule sets the size, margins, running header and page numbers.
      return await contents.printToPDF({
        pageSize: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
        generateDocumentOutline: true
      })
    } finally {
      this.pages.delete(id)
      this.windows.delete(window)
      window.destroy()
    }
  }

  async close(): Promise<void> {
    for (const window of this.windows) window.destroy()
    this.windows.clear()
    this.pages.clear()
  }

  /** Set up once, on the first print (a session can only be made once the app is ready). */
  private session(): Session {
    if (this.reportSession) return this.reportSession
    const ses = session.fromPartition(PARTITION, { cache: false })
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    ses.setPermissionCheckHandler(() => false)
    ses.setSpellCheckerEnabled(false)
    // Whatever the page might ask for beyond its own origin (other schemes included) is cancelled.
    ses.webRequest.onBeforeRequest((details, callback) => {
      const allowed = details.url.startsWith(`${REPORT_ORIGIN}/`) || details.url.startsWith('data:')
      callback({ cancel: !allowed })
    })
    ses.protocol.handle('https', (request) => this.serve(request))
    this.reportSession = ses
    return ses
  }

  private serve(request: Request): Response {
    const url = new URL(request.url)
    if (url.origin !== REPORT_ORIGIN || request.method !== 'GET') return Response.error()
    const html = url.pathname === '/' ? this.pages.get(url.searchParams.get('page') ?? '') : ''
    const response = html === undefined ? null : this.assets.respond(url.pathname, html)
    if (!response) return Response.error()
    const body = typeof response.body === 'string' ? response.body : new Uint8Array(response.body)
    return new Response(body, { status: response.status, headers: { ...response.headers, 'content-type': response.contentType } })
  }
}
