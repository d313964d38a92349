import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledFontsDir, ReportAssets } from '../../../src/main/core/reports/assets'
import { ChromiumPdfEngine } from '../../../src/main/core/reports/chromiumPdf'
import { escapeHtml } from '../../../src/main/core/reports/escape'
import { reportDocument } from '../../../src/main/core/reports/layout'
import { REPORT_ORIGIN } from '../../../src/main/core/reports/pdf'
import { weeklyAgendaHtml } from '../../../src/main/core/reports/weeklyAgenda'
import { AGENDA, dirContains, embeddedNotoFonts, inspectPdf, LETTERHEAD } from './pdfText'

const META = { printedAt: '2026-11-05T01:30:00.000Z', printedBy: '王主任' }
const requests: { url: string; allowed: boolean }[] = []
const engine = new ChromiumPdfEngine({ fontsDir: bundledFontsDir(), onRequest: (url, allowed) => requests.push({ url, allowed }) })

afterAll(() => engine.close())

/** The profile dir of the browser this process started (from its command line), if one runs. */
function browserProfileDirs(): string[] {
  const dirs: string[] = []
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1])
      if (ppid !== process.pid) continue
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      const dir = args.find((arg) => arg.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length)
      if (dir) dirs.push(dir)
    } catch {
      // The process ended while we looked.
    }
  }
  return dirs
}

describe('weekly review agenda template', () => {
  const html = weeklyAgendaHtml(AGENDA, 'zh-CN', LETTERHEAD, META)

  it('escapes every piece of text a person typed', () => {
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;李四')
    expect(html).toContain('建议转介 &amp; 复评')
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;')
  })

  it('cannot break out of the page-margin CSS through the centre name', () => {
    const hostile = reportDocument({
      locale: 'en',
      title: 't',
      letterhead: { ...LETTERHEAD, name: 'x"; } </style><script>alert(1)</script>' },
      meta: META,
      facts: [],
      body: '',
      orientation: 'portrait'
    })
    expect(hostile).not.toContain('<script>')
    expect(hostile.match(/<\/style>/g)).toHaveLength(1)
  })

  it('serves both weights of every subset from the report origin, woff2 only, and no other file', () => {
    const assets = new ReportAssets(bundledFontsDir())
    const css = assets.fontFaceCss()
    expect(css.match(/@font-face/g)).toHaveLength(2 * 101)
    expect(css.match(/src: url\(\/fonts\/noto-sans-sc-[a-z0-9-]+-(400|700)-normal\.woff2\) format\('woff2'\);/g)).toHaveLength(2 * 101)
    expect(css).not.toMatch(/\.woff\)|\.\/files/)
    expect(assets.respond('/fonts/noto-sans-sc-latin-700-normal.woff2', '')?.contentType).toBe('font/woff2')
    for (const path of ['/fonts/noto-sans-sc-latin-300-normal.woff2', '/fonts/..%2f400.css', '/400.css', '/favicon.ico']) {
      expect(assets.respond(path, '')).toBeNull()
    }
  })

  it('drops a logo that is not an image data URL', () => {
    const page = weeklyAgendaHtml(AGENDA, 'en', { ...LETTERHEAD, logo: 'https://example.com/logo.png' }, META)
    expect(page).not.toContain('example.com')
  })
})

describe('Chromium PDF engine', () => {
  let pdf: Buffer
  let profileDirs: string[]
  let tmpBefore: Set<string>

  beforeAll(async () => {
    tmpBefore = new Set(readdirSync(tmpdir()))
    pdf = await engine.render(weeklyAgendaHtml(AGENDA, 'zh-CN', LETTERHEAD, META))
    profileDirs = browserProfileDirs()
  })

  it('renders a PDF whose text is extractable, in the bundled font', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { text, fonts, info } = inspectPdf(pdf)
    // Tagged, so that a screen reader reads the tables as tables; A4 landscape (842 × 595 pt).
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(/^Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/m)
    for (const expected of ['每周研判会议议程', LETTERHEAD.name, '王堃', '严重心理问题', '重大心理危机', '机密 CONFIDENTIAL', '<script>alert(1)', '李四', '转介']) {
      expect(text).toContain(expected)
    }
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/)
    expect(embeddedNotoFonts(fonts).length).toBeGreaterThan(0)
    // Nothing in a font the PC happens to have.
    expect(fonts.split('\n').slice(2).filter((line) => line.trim() && !line.includes('NotoSansSC'))).toEqual([])
  })

  it('prints English with its own page labels', async () => {
    const { text } = inspectPdf(await engine.render(weeklyAgendaHtml(AGENDA, 'en', LETTERHEAD, META)))
    expect(text).toContain('Weekly review agenda')
    expect(text).toMatch(/Page\s+1\s+of\s+\d+/)
    expect(text).toContain('Serious')
  })

  it('asks for nothing but its own page and fonts, and refuses anything else', async () => {
    expect(requests.length).toBeGreaterThan(2)
    expect(requests.every((r) => r.allowed && r.url.startsWith(`${REPORT_ORIGIN}/`))).toBe(true)
    requests.length = 0
    const probe = reportDocument({
      locale: 'zh-CN',
      title: 'probe',
      letterhead: LETTERHEAD,
      meta: META,
      facts: [],
      // A font on the report origin that the engine does not serve, and an image from elsewhere.
      body: `<style>@font-face { font-family: Probe; src: url(/fonts/secret.woff2); } .probe { font-family: Probe; }</style>
<p class="probe">x</p><img src="https://example.com/track.png" alt="">`,
      orientation: 'portrait'
    })
    expect((await engine.render(probe)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(requests.filter((r) => !r.allowed).map((r) => r.url)).toEqual([`${REPORT_ORIGIN}/fonts/secret.woff2`])
    // The image never got as far as a request: the page's own policy stopped it.
    expect(requests.filter((r) => r.allowed).every((r) => r.url.startsWith(`${REPORT_ORIGIN}/`))).toBe(true)
  })

  it('writes none of the report to disk', () => {
    expect(profileDirs.length).toBe(1)
    for (const dir of profileDirs) expect(dirContains(dir, '王堃')).toBe(false)
    const added = readdirSync(tmpdir()).filter((name) => !tmpBefore.has(name) && !name.startsWith('xinan-test-'))
    for (const name of added) expect(dirContains(`${tmpdir()}/${name}`, '王堃')).toBe(false)
  })

  it('removes the browser profile when closed, and starts again on the next render', async () => {
    await engine.close()
    for (const dir of profileDirs) expect(existsSync(dir)).toBe(false)
    const empty = await engine.render(weeklyAgendaHtml({ date: '2026-11-05', entries: [] }, 'en', LETTERHEAD, META))
    expect(inspectPdf(empty).text).toContain('No student is due for review this week.')
  })
})
