/** Turns a report's HTML into a PDF. Electron's printToPDF in the app; headless Chromium elsewhere. */
export interface PdfEngine {
  render(html: string): Promise<Buffer>
  /** Ends the browser (if one was started); a later render starts it again. */
  close(): Promise<void>
}

/**
 * Where the engines serve a report from: an origin that exists only inside the engine. `.invalid`
 * is reserved (RFC 2606): even a stray lookup of it could never reach anyone's server.
 */
export const REPORT_ORIGIN = 'https://xinan.invalid'
export const REPORT_URL = `${REPORT_ORIGIN}/`

/**
 * Served with the report itself: no script runs in it, and it loads nothing but its own fonts
 * and inline images (the letterhead logo is a data URL).
 */
export const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline' ${REPORT_ORIGIN}; font-src ${REPORT_ORIGIN}; img-src data:`

/**
 * Awaited in the page before printing: loads every face (both weights) that any character of
 * the document needs, including the text of its stylesheets (page headers and footers are CSS
 * `content`), so nothing is printed in a fallback font. Rejects if a font cannot be loaded.
 */
export const LOAD_FONTS_SCRIPT = `(async () => {
  const text = document.documentElement.textContent || ''
  for (const weight of ['400', '700']) await document.fonts.load(weight + ' 16px "Noto Sans SC"', text)
  await document.fonts.ready
  return document.fonts.size
})()`
