import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { REPORT_CSP } from './pdf'

/** The weights the report stylesheet uses; each must be bundled (DESIGN: Reports, print and PDF). */
const WEIGHTS = ['400', '700'] as const
export const FONT_CSS_PATH = '/fonts/noto-sans-sc.css'
const FONT_FILE = /^noto-sans-sc-[a-z0-9-]+-(400|700)-normal\.woff2$/

export interface ReportResponse {
  status: number
  contentType: string
  body: Buffer | string
  headers: Record<string, string>
}

/**
 * The fonts folder of @fontsource/noto-sans-sc: `400.css`, `700.css` and `files/*.woff2`.
 * In the packaged app electron-builder copies the same layout to `resources/fonts`.
 */
export function bundledFontsDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'))
}

/**
 * What an engine serves on its report origin: the page, one stylesheet of @font-face rules and
 * the font files; nothing else. Responses are never cached (the page holds records).
 */
export class ReportAssets {
  private fontCss: string | null = null
  /** Font files read once: a report asks for dozens of subsets and they never change. */
  private readonly fontFiles = new Map<string, Buffer>()

  constructor(private readonly fontsDir: string) {}

  /** The stylesheet of both weights, every unicode-range subset pointing at this origin (woff2 only). */
  fontFaceCss(): string {
    if (this.fontCss) return this.fontCss
    const css = WEIGHTS.map((weight) =>
      readFileSync(join(this.fontsDir, `${weight}.css`), 'utf8')
        .replaceAll(/font-display:\s*swap;/g, 'font-display: block;')
        .replaceAll(/src:\s*url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/g, "src: url(/fonts/$1) format('woff2');")
    ).join('\n')
    // A new @fontsource layout would otherwise print in a fallback font without a word.
    if (css.includes('./files/') || !css.includes('/fonts/noto-sans-sc-')) throw new Error('unexpected @fontsource stylesheet layout')
    this.fontCss = css
    return css
  }

  /** The response for a path on the report origin; null for anything the engine must refuse. */
  respond(pathname: string, html: string): ReportResponse | null {
    const headers = { 'cache-control': 'no-store' }
    if (pathname === '/') {
      return { status: 200, contentType: 'text/html; charset=utf-8', body: html, headers: { ...headers, 'content-security-policy': REPORT_CSP } }
    }
    if (pathname === FONT_CSS_PATH) return { status: 200, contentType: 'text/css; charset=utf-8', body: this.fontFaceCss(), headers }
    const name = pathname.startsWith('/fonts/') ? pathname.slice('/fonts/'.length) : ''
    // The pattern admits no separator or dot-dot, so a request never leaves the fonts folder.
    if (!FONT_FILE.test(name)) return null
    let body = this.fontFiles.get(name)
    if (!body) {
      body = readFileSync(join(this.fontsDir, 'files', name))
      this.fontFiles.set(name, body)
    }
    return { status: 200, contentType: 'font/woff2', body, headers }
  }
}
