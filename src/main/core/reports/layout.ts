import dayjs from 'dayjs'
import type { Locale } from '@shared/i18n'
import { FONT_CSS_PATH } from './assets'
import { cssString, escapeHtml, safeImageDataUrl } from './escape'
import { REPORT_CSP } from './pdf'
import { REPORT_STRINGS } from './strings'

/** The centre's letterhead, from settings ('centre'). */
export interface Letterhead {
  name: string
  address: string
  phone: string
  /** A PNG or JPEG data URL, or null. */
  logo: string | null
}

/** Who printed the report and when (ISO-8601 UTC; shown in the PC's local time). */
export interface PrintMeta {
  printedAt: string
  printedBy: string
}

export interface ReportPage {
  locale: Locale
  title: string
  letterhead: Letterhead
  meta: PrintMeta
  /** Label/value pairs under the title (already plain text; escaped here). */
  facts: readonly (readonly [string, string])[]
  /** The report's own markup: every piece of text in it already escaped. */
  body: string
  orientation: 'portrait' | 'landscape'
  /** The report's own rules, added after the common ones. */
  css?: string
  /** The confidentiality notice under the facts, when the common one (the review meeting's) does not fit. */
  notice?: string
}

/**
 * The frame every report shares: A4 with a running header (centre, confidential mark) and
 * "page n of m" in the footer, drawn by CSS page-margin boxes so that both engines print the
 * same thing from the same HTML, in the bundled font.
 */
export function reportDocument(page: ReportPage): string {
  const s = REPORT_STRINGS[page.locale]
  const [before, middle, after] = s.pageOf
  const logo = safeImageDataUrl(page.letterhead.logo)
  const contact = [
    page.letterhead.address && `${s.address}${s.colon}${page.letterhead.address}`,
    page.letterhead.phone && `${s.phone}${s.colon}${page.letterhead.phone}`
  ].filter(Boolean)
  const facts = [...page.facts, [s.printedAt, dayjs(page.meta.printedAt).format('YYYY-MM-DD HH:mm')], [s.printedBy, page.meta.printedBy]]
  return `<!doctype html>
<html lang="${escapeHtml(page.locale)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_CSP)}">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${FONT_CSS_PATH}">
<style>
@page {
  size: A4 ${page.orientation};
  margin: 18mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(page.letterhead.name)}; font: 400 8pt 'Noto Sans SC'; color: #444; }
  @top-right { content: ${cssString(s.confidential)}; font: 700 9pt 'Noto Sans SC'; color: #a1001c; }
  @bottom-center { content: ${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}; font: 400 8pt 'Noto Sans SC'; color: #444; }
}
* { box-sizing: border-box; }
html { font-family: 'Noto Sans SC', sans-serif; font-size: 9.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
.letterhead { display: flex; align-items: center; gap: 4mm; border-bottom: 0.6pt solid #333; padding-bottom: 2mm; margin-bottom: 4mm; }
.letterhead img { max-height: 14mm; max-width: 40mm; }
.letterhead .centre { font-size: 13pt; font-weight: 700; }
.letterhead .contact { font-size: 8.5pt; color: #333; }
h1 { font-size: 16pt; font-weight: 700; margin: 0 0 2mm; text-align: center; }
.facts { display: flex; flex-wrap: wrap; justify-content: center; gap: 1mm 8mm; margin: 0 0 3mm; font-size: 9pt; }
.facts dt { display: inline; font-weight: 700; }
.facts dt::after { content: ${cssString(s.colon)}; }
.facts dd { display: inline; margin: 0; }
.notice { border: 0.6pt solid #a1001c; color: #a1001c; padding: 1.5mm 3mm; margin: 0 0 4mm; font-size: 8.5pt; }
table { width: 100%; border-collapse: collapse; margin: 0 0 5mm; }
section.keep { break-inside: avoid; }
caption { break-after: avoid; text-align: left; font-weight: 700; font-size: 11pt; padding: 0 0 1.5mm; }
th, td { border: 0.6pt solid #555; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
th { font-weight: 700; background: #ececec; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
${page.css ?? ''}
</style>
</head>
<body>
<header class="letterhead">
${logo ? `<img src="${escapeHtml(logo)}" alt="">` : ''}
<div><div class="centre">${escapeHtml(page.letterhead.name)}</div>${contact.length ? `<div class="contact">${escapeHtml(contact.join('　'))}</div>` : ''}</div>
</header>
<h1>${escapeHtml(page.title)}</h1>
<dl class="facts">${facts.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>
<p class="notice">${escapeHtml(page.notice ?? s.confidentialNotice)}</p>
${page.body}
</body>
</html>
`
}
